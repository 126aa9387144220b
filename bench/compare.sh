#!/usr/bin/env bash
# Start-up of two builds side by side, against one local 'keyadm sandbox serve': hyperfine medians of
# 'key list' and '--version', and peak RSS of 'key list'. Needs hyperfine (Debian: apt-get install
# hyperfine). Typical use: an older commit built in a git worktree against this checkout.
#
#   bench/compare.sh BEFORE_DIR AFTER_DIR [runs]     each DIR is an unpacked keyadm (bin/keyadm inside)
set -euo pipefail
[ $# -ge 2 ] || { echo "usage: bench/compare.sh BEFORE_DIR AFTER_DIR [runs]" >&2; exit 2; }
before=$1/bin/keyadm after=$2/bin/keyadm runs=${3:-30}
for k in "$before" "$after"; do [ -x "$k" ] || { echo "not a keyadm build: $k" >&2; exit 2; }; done
command -v hyperfine >/dev/null || { echo "hyperfine is needed: apt-get install hyperfine" >&2; exit 2; }

work=$(mktemp -d)
export HOME=$work XDG_CONFIG_HOME=$work/config XDG_STATE_HOME=$work/state
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
"$after" sandbox serve --port "$port" --state-dir "$work/served" > "$work/serve.out" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null; rm -rf "$work"' EXIT
for _ in $(seq 100); do grep -q masumi "$work/serve.out" 2>/dev/null && break; sleep 0.1; done
export KEYADM_TOKEN=masumi-payment-admin-sandbox0admin0token00001
url=http://127.0.0.1:$port/masumi/api/v1

hyperfine -N -w 3 -r "$runs" --export-json "$work/times.json" \
  -n "before key list" "$before --url $url --provider masumi key list" \
  -n "after key list" "$after --url $url --provider masumi key list" \
  -n "before --version" "$before --version" \
  -n "after --version" "$after --version" >/dev/null
python3 - "$work/times.json" <<'PY'
import json, statistics, sys
for r in json.load(open(sys.argv[1]))["results"]:
    t = [x * 1000 for x in r["times"]]
    print(f"{r['command']:18s} median {statistics.median(t):6.1f} ms   min {min(t):6.1f} ms")
PY
peak() { for _ in 1 2 3 4 5; do /usr/bin/time -f %M "$@" 2>&1 >/dev/null | tail -1; done | sort -n | sed -n 3p; }
echo "peak RSS of key list (median of 5): before $(peak "$before" --url "$url" --provider masumi key list) KiB, after $(peak "$after" --url "$url" --provider masumi key list) KiB"
