#!/usr/bin/python3
"""Markdown report of a bench/run.sh run: report.py OUT_DIR > results.md.

Reads OUT_DIR/machine.md, results.tsv, agreement.tsv, smaa.txt and spread.txt (whatever exists).
Ratios: plinth wall time / the fastest peer's wall time (below 1 = plinth faster), and plinth peak
RSS / raw grid size (cells x 4 bytes, a Float32 grid).
"""
import csv
import os
import re
import sys

def rows(path):
    if not os.path.exists(path):
        return []
    with open(path, newline="") as f:
        return list(csv.DictReader(f, delimiter="\t"))


def num(v):
    try:
        return float(v)
    except (TypeError, ValueError):
        return None


def fmt_s(v):
    v = num(v)
    if v is None:
        return "–"
    return f"{v:.2f}" if v < 10 else f"{v:.1f}" if v < 100 else f"{v:.0f}"


def grid_label(g):
    return f"{g}²" if g.isdigit() else g


def cell(v):
    return str(v).replace("|", "\\|")


def raw_of(res, task, grid):
    """Raw grid MB of a task: its own column, else an 'info' row (the siting job's output grid)."""
    for r in res:
        if (r["task"], r["grid"]) == (task, grid) and num(r["raw_mb"]):
            return num(r["raw_mb"])
    return None


def wall(res, task, grid, tool):
    return next((num(r["wall_s"]) for r in res if (r["task"], r["grid"], r["tool"]) == (task, grid, tool)), None)


def targets(res, out_dir):
    """The project's targets, each checked against this run's numbers."""
    out = ["| target | measured | met |", "|---|---|---|"]

    def row(name, value, ok):
        out.append(f"| {name} | {value} | {'–' if ok is None else 'yes' if ok else '**no**'} |")

    for g in grids_of(res, "visibility"):
        p, q = wall(res, "visibility", g, "plinth"), wall(res, "visibility", g, "gdal loop")
        if p and q:
            row(f"visibility {grid_label(g)}: plinth ≥ 3× faster than the gdal loop", f"{q / p:.1f}×", q / p >= 3)
    for task in ("viewshed", "viewshed-10km"):
        for g in (g for g in grids_of(res, task) if g.isdigit()):
            p, q = wall(res, task, g, "plinth"), wall(res, task, g, "gdal_viewshed")
            if p and q:
                row(f"{task} {grid_label(g)}: plinth as fast as gdal_viewshed", f"{p / q:.2f}× its time", p <= q)
    for task, grid, limit in (("kursk-run", "100m", 15), ("kursk-run", "30m", 120)):
        t = wall(res, task, grid, "plinth")
        if t is not None:
            row(f"plinth run examples/kursk at {grid} < {limit} s", f"{t:.1f} s", t < limit)
            raw, rss = raw_of(res, task, grid), next((num(r["rss_mb"]) for r in res if (r["task"], r["grid"], r["tool"]) == (task, grid, "plinth")), None)
            if raw and rss:
                # the siting issue asks for the peak memory to be stated, not held to the kernels' 3x
                row(f"plinth run examples/kursk at {grid}: peak RSS (stated, no target)",
                    f"{rss:.0f} MB = {rss / raw:.1f}× one grid", None)
    for name, limit, what in (("smaa.txt", 1, "SMAA 10^4 draws × 10^3 sites × 8 criteria < 1 s"),
                              ("spread.txt", 30, "spread 10^7 cells × 10^3 draws < 30 s")):
        walls = repeat_walls(os.path.join(out_dir, name))
        if walls:
            row(what, f"first {walls[0]:.2f} s, best {min(walls):.2f} s", min(walls) < limit)
    sizes = [r["grid"] for r in res if r["grid"].isdigit()]
    if sizes:
        big = max(sizes, key=int)
        for r in res:
            raw, rss = raw_of(res, r["task"], r["grid"]), num(r["rss_mb"])
            if r["grid"] == big and r["tool"].startswith("plinth") and raw and rss:
                heap = r["note"] or "default heap"
                row(f"{r['task']} {grid_label(big)} peak RSS ≤ 3× raw grid ({heap})",
                    f"{rss:.0f} MB = {rss / raw:.2f}×", rss / raw <= 3)
    return out


def grids_of(res, task):
    return sorted({r["grid"] for r in res if r["task"] == task}, key=lambda g: int(g) if g.isdigit() else 10 ** 9)


def repeat_walls(path):
    if not os.path.exists(path):
        return []
    return [float(m.group(1)) for m in re.finditer(r"wall ([0-9.]+) s", open(path).read())]


def ratio_table(res):
    keys = []
    for r in res:
        k = (r["task"], r["grid"])
        if r["role"] == "plinth" and k not in keys:
            keys.append(k)
    out = ["| task | grid | plinth s | fastest peer | peer s | plinth / peer | plinth RSS MB | raw MB |"
           " RSS / raw | RSS / raw, low heap |",
           "|---|---|---|---|---|---|---|---|---|---|"]
    for task, grid in keys:
        group = [r for r in res if (r["task"], r["grid"]) == (task, grid)]
        p = next(r for r in group if r["role"] == "plinth")
        peers = [r for r in group if r["role"] == "peer" and num(r["wall_s"]) is not None]
        best = min(peers, key=lambda r: num(r["wall_s"])) if peers else None
        pw, raw, rss = num(p["wall_s"]), raw_of(res, task, grid), num(p["rss_mb"])
        low = [r for r in group if r["tool"].startswith("plinth -X") and num(r["rss_mb"])]
        low_txt = "–"
        if low and raw:
            low_txt = f"{num(low[0]['rss_mb']) / raw:.2f} ({low[0]['note']}, {fmt_s(low[0]['wall_s'])} s)"
        ratio = f"{pw / num(best['wall_s']):.2f}" if best and pw and num(best["wall_s"]) else "–"
        out.append(f"| {task} | {grid_label(grid)} | {fmt_s(p['wall_s'])} | {best['tool'] if best else '–'} | "
                   f"{fmt_s(best['wall_s']) if best else '–'} | {ratio} | {p['rss_mb'] or '–'} | "
                   f"{raw or '–'} | {f'{rss / raw:.2f}' if rss and raw and raw >= 1 else '–'} | {low_txt} |")
    return out


def all_table(res):
    out = ["| task | grid | tool | wall s | runs | peak RSS MB | note |", "|---|---|---|---|---|---|---|"]
    for r in res:
        if r["role"] == "info":
            continue
        out.append(f"| {r['task']} | {grid_label(r['grid'])} | {r['tool']} | {fmt_s(r['wall_s']) if num(r['wall_s']) is not None else r['wall_s']} | "
                   f"{r['runs']} | {r['rss_mb'] or '–'} | {r['note']} |")
    return out


def agreement_table(agr):
    out = ["| task | grid | comparison | result |", "|---|---|---|---|"]
    out += [f"| {a['task']} | {grid_label(a['grid'])} | {cell(a['comparison'])} | {cell(a['result'])} |" for a in agr]
    return out


def decision_lines(out_dir):
    lines = []
    for name in ("smaa.txt", "spread.txt"):
        path = os.path.join(out_dir, name)
        if not os.path.exists(path):
            continue
        text = [l for l in open(path).read().splitlines() if "wall" in l]
        walls = [float(m.group(1)) for m in (re.search(r"wall ([0-9.]+) s", l) for l in text) if m]
        if walls:
            lines.append(f"- `{text[0].split(':')[0]}`: wall per repeat "
                         + ", ".join(f"{w:.2f} s" for w in walls)
                         + f" (first includes JIT warm-up; best {min(walls):.2f} s)")
            lines += [f"  - `{l}`" for l in text]
    return lines


def kernel_table(out_dir):
    """Viewshed kernels run 5 times in one process (kernel_plinth_N.txt, kernel_gdal_N.txt)."""
    out = ["| grid | tool | first call s | later calls s (median) | CPU s per later call | visible cells |",
           "|---|---|---|---|---|---|"]
    found = False
    for name in sorted(os.listdir(out_dir), key=lambda f: (len(f), f)):
        m = re.match(r"kernel_(plinth|gdal)_(\d+)\.txt$", name)
        if not m:
            continue
        lines = [l for l in open(os.path.join(out_dir, name)).read().splitlines() if l.startswith("run ")]
        walls = [float(re.search(r": ([0-9.]+) s wall", l).group(1)) for l in lines]
        cpus = [float(c.group(1)) for c in (re.search(r"wall ([0-9.]+) s cpu", l) for l in lines) if c]
        if not walls:
            continue
        found = True
        later = sorted(walls[1:]) or walls
        cpu = sorted(cpus[1:])[len(cpus[1:]) // 2] if len(cpus) > 1 else None
        vis = re.search(r"visible (\d+)", lines[0])
        tool = "plinth (2 threads)" if m.group(1) == "plinth" else "GDAL 3.6 GDALViewshedGenerate"
        out.append(f"| {grid_label(m.group(2))} | {tool} | {walls[0]:.3f} | {later[len(later) // 2]:.3f} | "
                   f"{'' if cpu is None else f'{cpu:.2f}'} | {vis.group(1) if vis else ''} |")
    return out if found else []


def main(out_dir):
    res = rows(os.path.join(out_dir, "results.tsv"))
    agr = rows(os.path.join(out_dir, "agreement.tsv"))
    md = []
    machine = os.path.join(out_dir, "machine.md")
    if os.path.exists(machine):
        md += open(machine).read().rstrip().splitlines() + [""]
    md += ["### Ratios", "", "plinth / peer: plinth's wall time over the fastest peer's (below 1: plinth is faster). "
           "RSS / raw: plinth's peak RSS over the raw grid (cells × 4 bytes; not shown below 1 MB, where the "
           "JVM's own ~60 MB dominates).", ""]
    md += ratio_table(res) + [""]
    info = [r for r in res if r["role"] == "info"]
    if info:
        md += [f"- {r['task']} {r['grid']}: {r['note']}, raw {r['raw_mb']} MB" for r in info] + [""]
    md += ["### Targets", ""] + targets(res, out_dir) + [""]
    md += ["### All timings", "", "Whole process, median of the runs; peak RSS is the largest over the runs.", ""]
    md += all_table(res) + [""]
    if agr:
        md += ["### Agreement", ""] + agreement_table(agr) + [""]
    kern = kernel_table(out_dir)
    if kern:
        md += ["### Viewshed kernels in one process", "",
               "DEM in memory, output in memory, 5 calls in one process: no start-up, reading or writing.", ""]
        md += kern + [""]
    dec = decision_lines(out_dir)
    if dec:
        md += ["### SMAA and spread mains", ""] + dec + [""]
    print("\n".join(md))


if __name__ == "__main__":
    main(sys.argv[1])
