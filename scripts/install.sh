#!/usr/bin/env bash
# Builds netplan as one self-contained binary (the Swift runtime and
# Foundation linked in) and installs it as DIR/bin/netplan.
set -euo pipefail

usage() {
  cat <<'USAGE'
Usage: scripts/install.sh [--prefix DIR]

Builds netplan in release mode with the Swift standard library and Foundation
linked in (swift build -c release --static-swift-stdlib --product netplan), and
installs the binary as DIR/bin/netplan (DIR/bin is created when missing). The
binary runs on a Linux machine without Swift; the script checks this with ldd.

  --prefix DIR   install into DIR/bin (default: ~/.local, so ~/.local/bin)
  -h, --help     show this help

It never replaces a `netplan` that is not this tool (Ubuntu's network tool,
/usr/sbin/netplan, has the same name), and it warns when the `netplan` found
first on PATH is another program.
USAGE
}

fail() {
  echo "install.sh: $*" >&2
  exit 2
}

prefix="${HOME:-}/.local"
while [[ $# -gt 0 ]]; do
  case $1 in
    --prefix)
      [[ $# -ge 2 && -n $2 ]] || fail "--prefix needs a folder, e.g. --prefix \"\$HOME/.local\""
      prefix=$2
      shift 2
      ;;
    --prefix=*)
      prefix=${1#--prefix=}
      [[ -n $prefix ]] || fail "--prefix needs a folder, e.g. --prefix \"\$HOME/.local\""
      shift
      ;;
    -h | --help)
      usage
      exit 0
      ;;
    *)
      echo "install.sh: unknown option '$1'" >&2
      usage >&2
      exit 2
      ;;
  esac
done

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
bindir="$prefix/bin"
target="$bindir/netplan"
# The line `netplan --version` prints ends in this (Release.versionLine).
marker='(plans who takes part in municipal networks)'

# True when the program $1 is this netplan: its --version line is ours.
is_ours() {
  local line
  line=$("$1" --version 2>/dev/null </dev/null | head -n 1) || true
  [[ $line == "netplan "*" $marker" ]]
}

# The Swift runtime libraries the binary $1 still loads (empty when none).
swift_libraries() {
  command -v ldd >/dev/null 2>&1 || return 0
  ldd "$1" 2>/dev/null | grep -E 'libswift|libFoundation|lib_Foundation|libdispatch|libBlocksRuntime' || true
}

# Refuse before the long build, not after it.
if [[ -e $target || -L $target ]] && ! is_ours "$target"; then
  fail "$target exists and is not this netplan (it does not answer --version with \"netplan ... $marker\"), so it is left alone. Choose another folder with --prefix, or move that file away if you are sure it is not needed."
fi

echo "Building netplan (release, Swift runtime linked in); the first time takes several minutes..."
cd "$root"
swift build -c release --static-swift-stdlib --product netplan
built="$(swift build -c release --static-swift-stdlib --product netplan --show-bin-path)/netplan"
[[ -x $built ]] || fail "the build finished, but $built is missing"

libraries=$(swift_libraries "$built")
if [[ -n $libraries ]]; then
  echo "install.sh: $built still needs Swift libraries, so it would not run without Swift:" >&2
  echo "$libraries" >&2
  exit 1
fi
if ! command -v ldd >/dev/null 2>&1; then
  echo "(ldd is not installed here, so the binary's libraries are not checked)"
fi

mkdir -p "$bindir"
# Copy beside the target, then rename: an old binary in use is never half-written.
temporary=$(mktemp "$bindir/.netplan.XXXXXX")
trap 'rm -f "$temporary"' EXIT
cp "$built" "$temporary"
chmod 755 "$temporary"
mv -f "$temporary" "$target"
trap - EXIT

is_ours "$target" || fail "$target was installed but does not answer --version as netplan should"
echo "Installed $("$target" --version) as $target"

on_path=no
IFS=: read -r -a entries <<<"${PATH:-}"
for entry in "${entries[@]}"; do
  if [[ -n $entry && -d $entry && $(cd "$entry" && pwd -P) == $(cd "$bindir" && pwd -P) ]]; then
    on_path=yes
    break
  fi
done
if [[ $on_path == yes ]]; then
  echo "$bindir is on your PATH."
else
  echo "$bindir is not on your PATH. Add it, e.g. in ~/.bashrc or ~/.profile:"
  echo "  export PATH=\"$bindir:\$PATH\""
fi

first=$(command -v netplan 2>/dev/null || true)
if [[ -n $first && $first != "$target" ]] && ! [[ $first -ef $target ]]; then
  if is_ours "$first"; then
    echo "warning: \`netplan\` on your PATH is another copy of this tool, $first, found before $target." >&2
  else
    echo "warning: \`netplan\` on your PATH is $first, a different program (on Ubuntu, /usr/sbin/netplan configures the network)." >&2
  fi
  echo "  Call this one by its full path, \"$target\", or put $bindir first in PATH:" >&2
  echo "    export PATH=\"$bindir:\$PATH\"" >&2
  echo "  (sudo keeps its own PATH, so \`sudo netplan apply\` still runs the system's network tool.)" >&2
fi
