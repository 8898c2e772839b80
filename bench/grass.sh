#!/usr/bin/env bash
# Runs one GRASS 8.2 module outside a GRASS session (so GNU time can time it as one process):
#   grass.sh GISRC_FILE MODULE ARGS...
# GISRC_FILE names the database, location and mapset (see run.sh's grass_location).
set -euo pipefail
export GISBASE="${GISBASE:-/usr/lib/grass82}"
export GISRC="$1"
shift
export PATH="$GISBASE/bin:$GISBASE/scripts:$PATH" LD_LIBRARY_PATH="$GISBASE/lib${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}"
export GRASS_OVERWRITE=1 GRASS_VERBOSE=0
exec "$@"
