#!/usr/bin/env bash
# Start-up benchmark: wall time of keyadm commands against a local 'keyadm sandbox serve', with curl
# against the same server as the floor, and peak RSS. Needs hyperfine (Debian: apt-get install hyperfine)
# and a built distribution (mvn -q -DskipTests package).
#
#   bench/startup.sh [runs]        writes bench/results.md and prints it
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-40}
keyadm=$PWD/target/keyadm/bin/keyadm
[ -x "$keyadm" ] || { echo "build first: mvn -q -DskipTests package" >&2; exit 1; }
command -v hyperfine >/dev/null || { echo "hyperfine is needed: apt-get install hyperfine" >&2; exit 1; }

work=$(mktemp -d)
export HOME=$work XDG_CONFIG_HOME=$work/config XDG_STATE_HOME=$work/state
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
"$keyadm" sandbox serve --port "$port" --state-dir "$work/served" > "$work/serve.out" 2>&1 &
server=$!
tls_server=
trap 'kill $server $tls_server 2>/dev/null; rm -rf "$work"' EXIT
for _ in $(seq 50); do grep -q masumi "$work/serve.out" 2>/dev/null && break; sleep 0.1; done

url=http://127.0.0.1:$port/masumi/api/v1
export KEYADM_TOKEN=masumi-payment-admin-sandbox0admin0token00001

# HTTPS, when socat, openssl and keytool are installed: a TLS terminator on loopback in front of the
# sandbox, its certificate added to a copy of the JDK's CA store (so the full store is still loaded).
https_rows=()
if command -v socat >/dev/null && command -v openssl >/dev/null && command -v keytool >/dev/null; then
  tport=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
  openssl req -x509 -newkey rsa:2048 -nodes -keyout "$work/key.pem" -out "$work/cert.pem" -days 2 \
    -subj /CN=127.0.0.1 -addext subjectAltName=IP:127.0.0.1 2>/dev/null
  cat "$work/cert.pem" "$work/key.pem" > "$work/tls.pem"
  java_home=$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")
  cp "$java_home/lib/security/cacerts" "$work/trust.jks" && chmod u+w "$work/trust.jks"
  keytool -importcert -noprompt -alias bench -file "$work/cert.pem" -keystore "$work/trust.jks" -storepass changeit >/dev/null 2>&1
  socat "OPENSSL-LISTEN:$tport,bind=127.0.0.1,reuseaddr,fork,cert=$work/tls.pem,verify=0" "TCP:127.0.0.1:$port" 2>/dev/null &
  tls_server=$!
  sleep 0.5
  https_url=https://127.0.0.1:$tport/masumi/api/v1
  https_rows=(-n "curl over https (floor)" "curl -s --cacert $work/cert.pem -H token:$KEYADM_TOKEN $https_url/api-key?take=50"
    -n "keyadm key list over https" "env KEYADM_JAVA_OPTS=-Djavax.net.ssl.trustStore=$work/trust.jks $keyadm --url $https_url --provider masumi key list")
fi
list="$keyadm --url $url --provider masumi key list"
curl_list="curl -s -H token:$KEYADM_TOKEN $url/api-key?take=50"
aot_home=
if [ -r target/keyadm/lib/aot-java ]; then aot_home=$(dirname "$(dirname "$(cat target/keyadm/lib/aot-java)")"); fi

hyperfine -N -w 3 -r "$runs" --export-json "$work/times.json" \
  -n "curl (floor)" "$curl_list" \
  -n "keyadm --version" "$keyadm --version" \
  -n "keyadm --help" "$keyadm --help" \
  -n "keyadm key list" "$list" \
  ${aot_home:+-n "keyadm key list (JDK 25, AOT cache)" "env JAVA_HOME=$aot_home $list"} \
  -n "keyadm key list (no archive)" "env KEYADM_NO_ARCHIVE=1 $list" \
  "${https_rows[@]}" >/dev/null

rss() { /usr/bin/time -f %M "$@" 2>&1 >/dev/null | tail -1; }
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
peak() { for _ in 1 2 3 4 5; do rss "$@"; done | median; }

{
  echo "Machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -1)"
  echo "Java: $(java -version 2>&1 | head -1) (the launcher's default)${aot_home:+; $("$aot_home/bin/java" -version 2>&1 | head -1) with its AOT cache}"
  echo
  python3 - "$work/times.json" <<'PY'
import json, sys
results = json.load(open(sys.argv[1]))["results"]
print("| command | median | min | max | runs |")
print("|:---|---:|---:|---:|---:|")
for r in results:
    print(f"| {r['command']} | {r['median']*1000:.0f} ms | {r['min']*1000:.0f} ms | {r['max']*1000:.0f} ms | {len(r['times'])} |")
PY
  echo
  echo "| command | peak RSS |"
  echo "|:---|---:|"
  echo "| keyadm key list | $(( $(peak $list) / 1024 )) MiB |"
  if [ -n "$aot_home" ]; then echo "| keyadm key list (JDK 25, AOT cache) | $(( $(peak env JAVA_HOME=$aot_home $list) / 1024 )) MiB |"; fi
  echo "| keyadm --version | $(( $(peak $keyadm --version) / 1024 )) MiB |"
} > bench/results.md
cat bench/results.md
