#!/usr/bin/env bash
# Makes sure <python> can import what the generated python-pydantic-v1 client needs at run time,
# all from Debian packages (PyPI is not reachable from the build machines):
#   pydantic 1.x (python3-pydantic), urllib3 (python3-urllib3), dateutil (python3-dateutil);
#   typing-extensions comes with python3-pydantic. The client's aenum is never imported.
# When something is missing and we are root with apt-get, the packages are installed; otherwise
# the script says what to install and fails.
# usage: python-deps.sh <python>   (Debian's interpreter, /usr/bin/python3: it sees dist-packages)
set -euo pipefail
python=${1:?usage: python-deps.sh <python>}
packages=(python3-pydantic python3-urllib3 python3-dateutil)

probe() {
  "$python" - <<'EOF'
import sys
try:
    import dateutil, pydantic, typing_extensions, urllib3
except ImportError as e:
    print(f"missing: {e.name}"); sys.exit(1)
if not pydantic.VERSION.startswith("1."):
    print(f"pydantic {pydantic.VERSION} found; python-pydantic-v1 clients need pydantic 1.x"); sys.exit(2)
print(f"pydantic {pydantic.VERSION}, urllib3 {urllib3.__version__}, python-dateutil {dateutil.__version__}, "
      f"Python {sys.version.split()[0]}")
EOF
}

[ -x "$python" ] || { echo "python-deps: no Python interpreter at $python (Debian's python3 package)" >&2; exit 3; }
if found=$(probe); then echo "python-deps: $found"; exit 0; fi
if [ "$found" != "${found#pydantic }" ]; then echo "python-deps: $found" >&2; exit 3; fi
if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null; then
  echo "python-deps: $found for $python; install Debian's ${packages[*]} (apt-get install ${packages[*]})" >&2
  exit 3
fi
echo "python-deps: $found; installing Debian's ${packages[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
# Another build may hold the dpkg lock: wait for it rather than fail.
install() { apt-get -o DPkg::Lock::Timeout=300 install -y -q --no-install-recommends "${packages[@]}" >&2; }
install || { apt-get -o DPkg::Lock::Timeout=300 update -q >&2 && install; }
found=$(probe) || { echo "python-deps: still not importable after the install: $found" >&2; exit 3; }
echo "python-deps: $found"
