#!/usr/bin/env bash
# Side-by-side benchmark of plinth and its peers (GDAL, GRASS) on the synthetic DEMs made by
# bench/gen_data.py and on the real Olinda DEM. Every timing is a whole process: wall
# time and peak RSS from GNU time; the median of BENCH_RUNS runs, or one run when the first one takes
# longer than BENCH_LONG seconds. Writes results.tsv, agreement.tsv and results.md to BENCH_OUT.
#
#   bench/run.sh                         # everything (about 20-30 min on 2 cores)
#   BENCH_SIZES=1000 bench/run.sh        # quick check
#
# Environment (defaults in brackets):
#   BENCH_DATA     synthetic data folder; missing files are made with gen_data.py [bench/data]
#   BENCH_GEN      the data generator [bench/gen_data.py, a copy of the shared one]
#   BENCH_OUT      results folder [bench/out]        BENCH_WORK  scratch folder [mktemp -d]
#   BENCH_SIZES    synthetic grid sizes ["1000 4000 10000"]
#   BENCH_TASKS    sections to run ["startup slope srtm distance viewshed visibility kursk decision kernel"]
#   BENCH_RUNS     runs per timing [3]                BENCH_LONG  one run only above this [20] s
#   BENCH_OLINDA   run slope and viewshed on the Olinda DEM too [1]
#   BENCH_GRASS_VS_MAX   largest size for the unlimited r.viewshed (~250 s at 10000²) [4000]
#   BENCH_GRASS_MEMORY   r.viewshed memory= in MB (12000 = in-memory, its fastest mode) [12000]
#   BENCH_GRASS_LOOP_MAX largest size for the 50 x r.viewshed + r.series visibility loop [1000]
#   BENCH_LOW_HEAP       extra plinth runs at the largest size with this heap ["-Xmx1500m"]
#   PLINTH_JAVA_OPTS     passed on to ./plinth (the launcher's default is -Xmx8g)
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bench="$repo/bench"
DATA="${BENCH_DATA:-$bench/data}"
OUT="${BENCH_OUT:-$bench/out}"
WORK="${BENCH_WORK:-$(mktemp -d "${TMPDIR:-/tmp}/plinth-bench.XXXXXX")}"
SIZES="${BENCH_SIZES:-1000 4000 10000}"
TASKS="${BENCH_TASKS:-startup slope srtm distance viewshed visibility kursk decision kernel}"
RUNS="${BENCH_RUNS:-3}"
LONG="${BENCH_LONG:-20}"
OLINDA="${BENCH_OLINDA:-1}"
GRASS_VS_MAX="${BENCH_GRASS_VS_MAX:-4000}"
GRASS_MEMORY="${BENCH_GRASS_MEMORY:-12000}"
GRASS_LOOP_MAX="${BENCH_GRASS_LOOP_MAX:-1000}"
LOW_HEAP="${BENCH_LOW_HEAP:--Xmx1500m}"
HEAP="${PLINTH_JAVA_OPTS:--Xmx8g}"
PY=/usr/bin/python3
plinth="$repo/plinth"
olinda_dem="$repo/raster/src/test/resources/dems/stars_olinda_dem_utm25s.tif"
largest="$(printf '%s\n' $SIZES | sort -n | tail -1)"

# What the peers and the agreement checks need, from Debian's packages; say all that is missing at once.
missing=()
for c in gdal_viewshed gdaldem gdal_proximity.py grass /usr/bin/time; do
  command -v "$c" > /dev/null 2>&1 || missing+=("$c")
done
for m in osgeo numpy scipy; do
  "$PY" -c "import $m" 2> /dev/null || missing+=("python3 module $m")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "bench/run.sh: missing ${missing[*]}; install with: apt-get install gdal-bin python3-gdal python3-numpy" \
    "python3-scipy grass-core time" >&2
  exit 2
fi

mkdir -p "$OUT" "$DATA" "$WORK"
TSV="$OUT/results.tsv"
AGREE="$OUT/agreement.tsv"
LOG="$OUT/run.log"
printf 'task\tgrid\ttool\trole\twall_s\truns\trss_mb\traw_mb\tnote\n' > "$TSV"
printf 'task\tgrid\tcomparison\tresult\n' > "$AGREE"
: > "$LOG"

say() { printf '%s %s\n' "$(date +%T)" "$*" | tee -a "$LOG" >&2; }
wants() { [[ " $TASKS " == *" $1 "* ]]; }

# measure TASK GRID TOOL ROLE RAW_MB NOTE -- COMMAND...
# ROLE: plinth | peer | aux (import/export, other settings). Appends one row to results.tsv.
measure() {
  local task=$1 grid=$2 tool=$3 role=$4 raw=$5 note=$6
  shift 7
  local walls=() rss=0 i line w m
  for ((i = 0; i < RUNS; i++)); do
    if ! /usr/bin/time -f '%e %M' -o "$WORK/time.txt" "$@" >> "$LOG" 2>&1; then
      say "FAILED: $task $grid $tool: $*"
      printf '%s\t%s\t%s\t%s\tFAIL\t%d\t\t%s\t%s\n' "$task" "$grid" "$tool" "$role" "$i" "$raw" "$note" >> "$TSV"
      return 0
    fi
    line="$(tail -1 "$WORK/time.txt")"
    w="${line% *}"
    m="${line#* }"
    walls+=("$w")
    ((m > rss)) && rss=$m
    awk -v w="$w" -v l="$LONG" 'BEGIN { exit !(w > l) }' && break
  done
  local med
  med="$(printf '%s\n' "${walls[@]}" | sort -g | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }')"
  printf '%s\t%s\t%s\t%s\t%s\t%d\t%.0f\t%s\t%s\n' "$task" "$grid" "$tool" "$role" "$med" "${#walls[@]}" \
    "$(awk -v k="$rss" 'BEGIN { print k / 1024 }')" "$raw" "$note" >> "$TSV"
  say "$task $grid $tool: ${walls[*]} s, peak $((rss / 1024)) MB"
}

agree() { # agree TASK GRID COMPARISON -- python args
  local task=$1 grid=$2 what=$3
  shift 4
  local r
  if r="$("$PY" "$bench/agree.py" "$@" 2>> "$LOG")"; then
    printf '%s\t%s\t%s\t%s\n' "$task" "$grid" "$what" "$r" >> "$AGREE"
    say "agreement $task $grid $what: $r"
  else
    say "agreement FAILED: $task $grid $what"
  fi
}

raw_mb() { "$PY" - "$1" <<'EOF'
import sys
from osgeo import gdal
d = gdal.Open(sys.argv[1])
print(f"{d.RasterXSize * d.RasterYSize * 4 / 1e6:.3g}")
EOF
}

extent() { "$PY" - "$1" <<'EOF'
import sys
from osgeo import gdal
d = gdal.Open(sys.argv[1])
x0, dx, _, y0, _, dy = d.GetGeoTransform()
print(x0, y0 + dy * d.RasterYSize, x0 + dx * d.RasterXSize, y0, dx, -dy)
EOF
}

# ---------------------------------------------------------------- GRASS, run from a plain script
GISBASE=/usr/lib/grass82
GDB="$WORK/grassdb"
grass_location() { # grass_location NAME GEOREFERENCED_FILE (untimed)
  mkdir -p "$GDB"
  [ -d "$GDB/$1" ] || grass -c "$2" -e "$GDB/$1" >> "$LOG" 2>&1
  printf 'GISDBASE: %s\nLOCATION_NAME: %s\nMAPSET: PERMANENT\nGUI: text\n' "$GDB" "$1" > "$GDB/$1.rc"
}
grass_import() { # grass_import LOCATION GRID FILE MAP [raw]: timed r.in.gdal, then region = MAP
  measure "${6:-import}" "$2" "r.in.gdal $4" aux "${5:-}" "GRASS import, not in the module time" -- \
    "$bench/grass.sh" "$GDB/$1.rc" r.in.gdal -o input="$3" output="$4"
  "$bench/grass.sh" "$GDB/$1.rc" g.region raster="$4" >> "$LOG" 2>&1
}

# ---------------------------------------------------------------- data
gen="${BENCH_GEN:-$bench/gen_data.py}"
for n in $SIZES; do
  if [ ! -f "$DATA/dem_$n.tif" ]; then
    say "generating dem_$n.tif"
    "$PY" "$gen" dem --size "$n" --out "$DATA/dem_$n.tif" >> "$LOG" 2>&1
  fi
  if [ ! -f "$DATA/observers_$n.txt" ] || [ ! -f "$DATA/roads_$n.gpkg" ]; then
    say "generating vectors for $n"
    "$PY" "$gen" vectors --size "$n" --dem "$DATA/dem_$n.tif" --outdir "$DATA" >> "$LOG" 2>&1
  fi
done

{
  echo "### Machine"
  echo
  echo "- date: $(date -u '+%Y-%m-%d %H:%M UTC'); load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "- CPU: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//'), nproc $(nproc)"
  echo "- memory: $(free -g | awk '/^Mem:/ { print $2 " GiB total, " $7 " GiB available" }') (free -g)"
  echo "- $(java -version 2>&1 | head -2 | tail -1); plinth heap: ${HEAP}"
  echo "- $(gdalinfo --version); $(grass --version 2>&1 | head -1)"
  echo "- sizes: $SIZES; runs per timing: $RUNS (one run when the first exceeds ${LONG} s)"
} > "$OUT/machine.md"

say "building plinth (untimed) into $repo; work folder $WORK"
"$plinth" --version >> "$LOG" 2>&1

grids=()
for n in $SIZES; do grids+=("$n"); done
[ "$OLINDA" = 1 ] && grids+=(olinda)
dem_of() { if [ "$1" = olinda ]; then echo "$olinda_dem"; else echo "$DATA/dem_$1.tif"; fi; }
observer_of() { # observer 0 (the centre cell) as X,Y
  if [ "$1" = olinda ]; then
    extent "$olinda_dem" | awk '{ c = int(($3 - $1) / $5 / 2); r = int(($4 - $2) / $6 / 2);
      printf "%.6f,%.6f\n", $1 + (c + 0.5) * $5, $4 - (r + 0.5) * $6 }'
  else
    awk '$1 == 0 { print $2 "," $3 }' "$DATA/observers_$1.txt"
  fi
}

for g in "${grids[@]}"; do
  if wants slope || wants viewshed || wants distance || wants visibility; then grass_location "loc_$g" "$(dem_of "$g")"; fi
done

# ---------------------------------------------------------------- start-up
if wants startup; then
  say "== start-up"
  # The launcher maps an AppCDS archive (made after each build); PLINTH_CDS=0 runs without it.
  RUNS=5 measure startup - "plinth --version" plinth "" "$HEAP, AppCDS" -- "$plinth" --version
  RUNS=5 measure startup - "plinth --version, no CDS" aux "" "$HEAP, PLINTH_CDS=0" -- \
    env PLINTH_CDS=0 "$plinth" --version
  RUNS=5 measure startup olinda "plinth raster slope" aux "" "$HEAP, AppCDS" -- \
    "$plinth" raster slope -q "$olinda_dem" "$WORK/startup_slope.tif"
  RUNS=5 measure startup olinda "plinth raster slope, no CDS" aux "" "$HEAP, PLINTH_CDS=0" -- \
    env PLINTH_CDS=0 "$plinth" raster slope -q "$olinda_dem" "$WORK/startup_slope.tif"
  RUNS=5 measure startup - "java -version" aux "" "JVM alone" -- java -version
  RUNS=5 measure startup - "gdalinfo --version" aux "" "" -- gdalinfo --version
fi

# ---------------------------------------------------------------- 1. slope (Horn, degrees)
if wants slope; then
  say "== slope"
  for g in "${grids[@]}"; do
    dem="$(dem_of "$g")"
    raw="$(raw_mb "$dem")"
    w="$WORK/slope_$g"
    mkdir -p "$w"
    measure slope "$g" plinth plinth "$raw" "$HEAP" -- "$plinth" raster slope -q "$dem" "$w/plinth.tif"
    if [ "$g" = "$largest" ] && [ -n "$LOW_HEAP" ]; then
      measure slope "$g" "plinth $LOW_HEAP" aux "$raw" "$LOW_HEAP" -- \
        env PLINTH_JAVA_OPTS="$LOW_HEAP" "$plinth" raster slope -q "$dem" "$w/plinth.tif"
    fi
    measure slope "$g" "gdaldem slope" peer "$raw" "-compute_edges" -- \
      gdaldem slope -q -compute_edges "$dem" "$w/gdal.tif"
    grass_import "loc_$g" "$g" "$dem" dem "$raw" slope
    measure slope "$g" r.slope.aspect peer "$raw" "-e, FCELL; module only" -- \
      "$bench/grass.sh" "$GDB/loc_$g.rc" r.slope.aspect -e elevation=dem slope=slope format=degrees precision=FCELL
    measure slope "$g" "r.out.gdal slope" aux "$raw" "GRASS export" -- \
      "$bench/grass.sh" "$GDB/loc_$g.rc" r.out.gdal -c input=slope output="$w/grass.tif" format=GTiff type=Float32
    agree slope "$g" "plinth vs gdaldem / r.slope.aspect (interior)" -- slope "$w/plinth.tif" "$w/gdal.tif" "$w/grass.tif"
  done
fi

# ---------------------------------------------------------------- 1b. slope on SRTM tiles as users have them
# Four synthetic 1" tiles (3601² posts each, hills with voids) as NASA ships them (.hgt.zip) and unzipped,
# each set joined by gdalbuildvrt: the reading that a Kursk user's DEM takes. Both tools with -s 111120
# (gdaldem's scale for degrees; plinth's default instead measures metres per row from the latitude).
if wants srtm; then
  say "== slope on a VRT of SRTM tiles"
  s="$DATA/srtm"
  if [ ! -f "$s/zips.vrt" ]; then
    mkdir -p "$s"
    "$PY" - "$s" <<'EOF'
import sys, zipfile
import numpy as np
out = sys.argv[1]
rng = np.random.default_rng(1)
n = 3601
y, x = np.mgrid[0:n, 0:n]
for lat in (51, 52):
    for lon in (36, 37):
        z = 200 + 80 * np.sin((x + lon * 3600) / 300.0) * np.cos((y + (53 - lat) * 3600) / 420.0) \
            + rng.normal(0, 2, (n, n))
        z = z.astype('>i2')
        z[rng.random((n, n)) < 0.001] = -32768
        name = f"N{lat}E0{lon}.hgt"
        with open(f"{out}/{name}", "wb") as f:
            f.write(z.tobytes())
        with zipfile.ZipFile(f"{out}/N{lat}E0{lon}.SRTMGL1.hgt.zip", "w", zipfile.ZIP_DEFLATED) as zf:
            zf.write(f"{out}/{name}", name)
EOF
    gdalbuildvrt -q "$s/tiles.vrt" "$s"/N*.hgt >> "$LOG" 2>&1
    gdalbuildvrt -q "$s/zips.vrt" "$s"/N*.hgt.zip >> "$LOG" 2>&1
  fi
  raw="$(raw_mb "$s/tiles.vrt")"
  w="$WORK/srtm"
  mkdir -p "$w"
  for v in tiles zips; do
    measure srtm "4x1sec-$v" plinth plinth "$raw" "$HEAP, --scale 111120" -- \
      "$plinth" raster slope -q --scale 111120 "$s/$v.vrt" "$w/plinth_$v.tif"
    measure srtm "4x1sec-$v" "gdaldem slope" peer "$raw" "-compute_edges -s 111120" -- \
      gdaldem slope -q -compute_edges -s 111120 "$s/$v.vrt" "$w/gdal_$v.tif"
    agree srtm "4x1sec-$v" "plinth vs gdaldem (interior)" -- slope "$w/plinth_$v.tif" "$w/gdal_$v.tif"
  done
fi

# ---------------------------------------------------------------- 2. distance to roads
if wants distance; then
  say "== distance"
  for n in $SIZES; do
    dem="$DATA/dem_$n.tif"
    raw="$(raw_mb "$dem")"
    w="$WORK/distance_$n"
    mkdir -p "$w"
    read -r x0 y0 x1 y1 dx dy <<< "$(extent "$dem")"
    gdal_rasterize -q -burn 1 -init 0 -a_nodata 0 -ot Byte -te "$x0" "$y0" "$x1" "$y1" -tr "$dx" "$dy" \
      "$DATA/roads_$n.gpkg" "$w/roadsr.tif" >> "$LOG" 2>&1
    measure distance "$n" plinth plinth "$raw" "$HEAP" -- \
      "$plinth" raster distance -q "$w/roadsr.tif" "$w/plinth.tif" --to "$w/roadsr.tif"
    if [ "$n" = "$largest" ] && [ -n "$LOW_HEAP" ]; then
      measure distance "$n" "plinth $LOW_HEAP" aux "$raw" "$LOW_HEAP" -- \
        env PLINTH_JAVA_OPTS="$LOW_HEAP" "$plinth" raster distance -q "$w/roadsr.tif" "$w/plinth.tif" --to "$w/roadsr.tif"
    fi
    measure distance "$n" gdal_proximity.py peer "$raw" "-distunits GEO -values 1" -- \
      gdal_proximity.py -q "$w/roadsr.tif" "$w/gdal.tif" -values 1 -distunits GEO -ot Float32
    grass_import "loc_$n" "$n" "$w/roadsr.tif" roadsr "$raw" distance
    measure distance "$n" r.grow.distance peer "$raw" "module only" -- \
      "$bench/grass.sh" "$GDB/loc_$n.rc" r.grow.distance input=roadsr distance=prox metric=euclidean
    measure distance "$n" "r.out.gdal prox" aux "$raw" "GRASS export" -- \
      "$bench/grass.sh" "$GDB/loc_$n.rc" r.out.gdal -c -f input=prox output="$w/grass.tif" format=GTiff type=Float32
    if ((n <= 4000)); then
      agree distance "$n" "vs exact EDT (scipy)" -- distance "$w/roadsr.tif" "$w/plinth.tif" "$w/gdal.tif" "$w/grass.tif"
    fi
  done
fi

# ---------------------------------------------------------------- 3. viewshed from observer 0
if wants viewshed; then
  say "== viewshed"
  for g in "${grids[@]}"; do
    dem="$(dem_of "$g")"
    raw="$(raw_mb "$dem")"
    xy="$(observer_of "$g")"
    w="$WORK/viewshed_$g"
    mkdir -p "$w"
    grass_import "loc_$g" "$g" "$dem" dem "$raw" viewshed
    mds="0 10000"
    [ "$g" = olinda ] && mds=0
    for md in $mds; do
      if [ "$md" = 0 ]; then task=viewshed; gmd=-1; pmd=(); else task=viewshed-10km; gmd=$md; pmd=(--max-distance="$md"); fi
      measure "$task" "$g" plinth plinth "$raw" "$HEAP" -- "$plinth" raster viewshed -q "$dem" "$w/plinth_$md.tif" \
        --observer="$xy" --observer-height=1.7 --target-height=0 --curvature-coefficient=0.85714 "${pmd[@]}"
      if [ "$g" = "$largest" ] && [ -n "$LOW_HEAP" ]; then
        measure "$task" "$g" "plinth $LOW_HEAP" aux "$raw" "$LOW_HEAP" -- \
          env PLINTH_JAVA_OPTS="$LOW_HEAP" "$plinth" raster viewshed -q "$dem" "$w/plinth_$md.tif" \
          --observer="$xy" --observer-height=1.7 --target-height=0 --curvature-coefficient=0.85714 "${pmd[@]}"
      fi
      measure "$task" "$g" gdal_viewshed peer "$raw" "-cc 0.85714" -- gdal_viewshed -q -oz 1.7 -tz 0 -md "$md" \
        -cc 0.85714 -ox "${xy%,*}" -oy "${xy#*,}" "$dem" "$w/gdal_$md.tif"
      if [ "$md" != 0 ] || [ "$g" = olinda ] || ((g <= GRASS_VS_MAX)); then
        measure "$task" "$g" r.viewshed peer "$raw" "-b -c -r, memory=$GRASS_MEMORY; module only" -- \
          "$bench/grass.sh" "$GDB/loc_$g.rc" r.viewshed -b -c -r refraction_coeff=0.14286 input=dem output=vs \
          coordinates="$xy" observer_elevation=1.7 target_elevation=0 max_distance="$gmd" memory="$GRASS_MEMORY"
        "$bench/grass.sh" "$GDB/loc_$g.rc" r.out.gdal -c input=vs output="$w/grass_$md.tif" format=GTiff type=Byte \
          >> "$LOG" 2>&1 || say "export of the r.viewshed output failed"
        if [ "$g" = olinda ] || ((g <= 4000)); then
          agree "$task" "$g" "plinth vs r.viewshed -c -r (exact LOS)" -- viewshed "$dem" "$xy" "$md" "$w/plinth_$md.tif" "$w/grass_$md.tif:1"
          agree "$task" "$g" "gdal_viewshed vs r.viewshed -c -r" -- viewshed "$dem" "$xy" "$md" "$w/gdal_$md.tif" "$w/grass_$md.tif:1"
        fi
      else
        printf '%s\t%s\tr.viewshed\tpeer\tSKIP\t0\t\t%s\tskipped: above BENCH_GRASS_VS_MAX=%s (PEERS.md: 250 s at 10000²)\n' \
          "$task" "$g" "$raw" "$GRASS_VS_MAX" >> "$TSV"
      fi
      agree "$task" "$g" "plinth vs gdal_viewshed" -- viewshed "$dem" "$xy" "$md" "$w/plinth_$md.tif" "$w/gdal_$md.tif"
    done
  done
fi

# ---------------------------------------------------------------- 4. cumulative visibility, 50 observers
if wants visibility; then
  say "== visibility"
  for n in $SIZES; do
    dem="$DATA/dem_$n.tif"
    raw="$(raw_mb "$dem")"
    w="$WORK/visibility_$n"
    mkdir -p "$w"
    ogr2ogr -f GeoJSON -limit 50 "$w/obs50.geojson" "$DATA/observers_$n.gpkg" >> "$LOG" 2>&1
    read -r x0 y0 x1 y1 dx dy <<< "$(extent "$dem")"
    {
      echo "set -e; cd '$w/loop'; rm -f g_* cum.tif"
      head -50 "$DATA/observers_$n.txt" | while read -r id x y _; do
        echo "gdal_viewshed -q -oz 1.7 -tz 0 -md 10000 -cc 0 -vv 1 -iv 0 -ov 0 -ox $x -oy $y '$dem' g_$id.tif"
        echo "gdalbuildvrt -q -te $x0 $y0 $x1 $y1 g_$id.vrt g_$id.tif"
      done
      echo 'gdal_calc.py --quiet --overwrite --type=UInt16 -A g_*.vrt --outfile=cum.tif --calc="sum(A,axis=0)"'
    } > "$w/loop.sh"
    mkdir -p "$w/loop"
    measure visibility "$n" plinth plinth "$raw" "$HEAP" -- "$plinth" raster visibility -q "$dem" "$w/plinth.tif" \
      --observers="$w/obs50.geojson" --observer-height=1.7 --target-height=0 --max-distance=10000 \
      --curvature-coefficient=0
    if [ "$n" = "$largest" ] && [ -n "$LOW_HEAP" ]; then
      measure visibility "$n" "plinth $LOW_HEAP" aux "$raw" "$LOW_HEAP" -- \
        env PLINTH_JAVA_OPTS="$LOW_HEAP" "$plinth" raster visibility -q "$dem" "$w/plinth.tif" --observers="$w/obs50.geojson" \
        --observer-height=1.7 --target-height=0 --max-distance=10000 --curvature-coefficient=0
    fi
    measure visibility "$n" "gdal loop" peer "$raw" "50 gdal_viewshed + gdalbuildvrt + gdal_calc.py" -- bash "$w/loop.sh"
    agree visibility "$n" "plinth vs gdal loop counts" -- visibility "$w/plinth.tif" "$w/loop/cum.tif"
    if ((n <= GRASS_LOOP_MAX)); then
      {
        echo "set -e"
        head -50 "$DATA/observers_$n.txt" | while read -r id x y _; do
          echo "r.viewshed -b input=dem output=cv_$id coordinates=$x,$y observer_elevation=1.7 target_elevation=0 max_distance=10000 memory=$GRASS_MEMORY"
        done
        echo "r.series input=$(seq -s, -f 'cv_%g' 0 49) output=cum method=sum"
      } > "$w/grass_loop.sh"
      grass_import "loc_$n" "$n" "$dem" dem "$raw" visibility
      measure visibility "$n" "GRASS loop" peer "$raw" "50 r.viewshed -b (full region, flat) + r.series; module only" -- \
        "$bench/grass.sh" "$GDB/loc_$n.rc" bash "$w/grass_loop.sh"
      "$bench/grass.sh" "$GDB/loc_$n.rc" r.out.gdal -c -f input=cum output="$w/grass_cum.tif" format=GTiff type=UInt16 \
        >> "$LOG" 2>&1 || say "export of the GRASS counts failed"
      agree visibility "$n" "plinth vs GRASS loop counts (exact LOS)" -- visibility "$w/plinth.tif" "$w/grass_cum.tif"
      agree visibility "$n" "gdal loop vs GRASS loop counts" -- visibility "$w/loop/cum.tif" "$w/grass_cum.tif"
    fi
  done
fi

# ---------------------------------------------------------------- 5. the siting job
if wants kursk; then
  say "== kursk"
  w="$WORK/kursk"
  mkdir -p "$w"
  cp -r "$repo/examples/kursk" "$w/kursk30"
  sed -i -E 's/^( *cell_size:) *100\b/\1 30/' "$w/kursk30/scenario.yaml"
  grep -q 'cell_size: 30' "$w/kursk30/scenario.yaml" || say "WARNING: cell_size not changed to 30"
  measure kursk-run 100m plinth plinth "" "$HEAP" -- "$plinth" run -q "$repo/examples/kursk" --out="$w/out100"
  measure kursk-run 30m plinth plinth "" "$HEAP" -- "$plinth" run -q "$w/kursk30" --out="$w/out30"
  measure kursk-robustness 100m plinth plinth "" "$HEAP" -- \
    "$plinth" robustness -q "$repo/examples/kursk" --out="$w/rob100"
  for c in 100 30; do
    f="$(ls "$w/out$c"/suitability-*.tif 2>/dev/null | head -1)"
    [ -n "$f" ] && printf 'kursk-run\t%sm\tgrid\tinfo\t\t\t\t%s\t%s\n' "$c" "$(raw_mb "$f")" \
      "$(gdalinfo "$f" | awk '/^Size is/ { print $3 $4 }' | tr ',' 'x') cells" >> "$TSV"
  done
fi

# ---------------------------------------------------------------- 6. SMAA and spread mains
if wants decision; then
  say "== decision benchmarks"
  (cd "$repo" && mvn -q -o -B -pl decision -am test-compile >> "$LOG" 2>&1)
  cp="$repo/decision/target/classes:$repo/decision/target/test-classes:$repo/raster/target/classes"
  main=org.plinth.decision.robustness
  # The mains print one line per repeat (wall and CPU time); report.py reads smaa.txt and spread.txt.
  RUNS=1 measure smaa "10^4 x 10^3 x 8" SmaaBenchmark plinth "" "whole JVM, 5 repeats, -Xmx2g" -- \
    sh -c "java -Xmx2g -cp '$cp' $main.SmaaBenchmark 10000 1000 8 2 5 > '$OUT/smaa.txt'"
  RUNS=1 measure spread "3163² x 10^3" SpreadBenchmark plinth "" "whole JVM, 1 repeat, -Xmx4g" -- \
    sh -c "java -Xmx4g -cp '$cp' $main.SpreadBenchmark 3163 3163 5 1000 2 1 > '$OUT/spread.txt'"
fi

# ---------------------------------------------------------------- 7. viewshed kernels inside one process
# Whole-process timings above include JVM start-up, reading and writing. Here each tool's viewshed
# kernel runs 5 times in one process on a DEM already in memory (GDAL: its block cache; output in
# memory): the first call shows the JIT's warm-up, the later ones the kernel itself.
if wants kernel; then
  say "== viewshed kernels in one process"
  (cd "$repo" && mvn -q -o -B -pl raster test-compile >> "$LOG" 2>&1)
  kcp="$repo/raster/target/classes:$repo/raster/target/test-classes"
  for n in $SIZES; do
    xy="$(observer_of "$n" | tr ',' ' ')"
    # shellcheck disable=SC2086 # X Y are two arguments
    java -Xmx8g -XX:PerMethodTrapLimit=0 -cp "$kcp" org.plinth.raster.visibility.ViewshedTiming \
      "$DATA/dem_$n.tif" $xy 5 > "$OUT/kernel_plinth_$n.txt" 2>> "$LOG" || say "plinth kernel $n failed"
    # shellcheck disable=SC2086
    "$PY" "$bench/gdal_viewshed_inprocess.py" "$DATA/dem_$n.tif" $xy 5 > "$OUT/kernel_gdal_$n.txt" 2>> "$LOG" \
      || say "gdal kernel $n failed"
    say "kernel $n: plinth $(awk '{ printf "%s ", $3 }' "$OUT/kernel_plinth_$n.txt")s; gdal $(awk '{ printf "%s ", $3 }' "$OUT/kernel_gdal_$n.txt")s"
  done
fi

# ---------------------------------------------------------------- report
echo "- load average at end: $(cut -d' ' -f1-3 /proc/loadavg)" >> "$OUT/machine.md"
"$PY" "$bench/report.py" "$OUT" > "$OUT/results.md"
say "done: $OUT/results.md"
