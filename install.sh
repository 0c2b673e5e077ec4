#!/usr/bin/env bash
# Builds crmtui as one self-contained native executable for this machine (Native AOT; where
# that toolchain is missing, a trimmed single-file ReadyToRun build) and installs it as
# PREFIX/bin/crmtui (default PREFIX: ~/.local). Run it again to update; it is
# idempotent. docs/install.md says more, including how to copy the binary to a cluster node.
set -euo pipefail

readonly required_sdk_major=10
repo_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
readonly repo_dir

say() { printf 'install.sh: %s\n' "$*"; }
fail() { printf 'install.sh: error: %s\n' "$*" >&2; exit 1; }

usage() {
  cat <<'EOF'
Usage: ./install.sh [--prefix DIR] [--with-pacemaker-tools] [--no-aot] [--uninstall] [--help]

Builds crmtui (one self-contained native executable for this platform, compiled ahead of time
with .NET's Native AOT) from this checkout and installs it as DIR/bin/crmtui. Where Native AOT
cannot build (its compiler package or a C linker missing), it says why and builds a trimmed,
single-file ReadyToRun executable instead: the same crmtui, starting ~100 ms slower.

  --prefix DIR              install into DIR/bin (default: ~/.local, so ~/.local/bin/crmtui)
  --with-pacemaker-tools    also install the distribution's Pacemaker CLI tools (apt, dnf or
                            zypper; needs root or sudo), so that `crmtui demo` runs a live
                            simulation instead of replaying recorded snapshots
  --no-aot                  build the ReadyToRun executable without trying Native AOT
  --uninstall               remove DIR/bin/crmtui (nothing else is touched)
  -h, --help                show this help

Running it again rebuilds and replaces the installed binary. Needs the .NET 10 SDK to build.
Exit status: 0 on success, 1 on any failure, 2 on a usage error.
EOF
}

prefix="${HOME:?HOME is not set}/.local"
with_tools=false
uninstall=false
try_aot=true
usage_error() {
  printf 'install.sh: error: %s\n\n' "$1" >&2
  usage >&2
  exit 2
}

while [ $# -gt 0 ]; do
  case "$1" in
    --prefix)
      if [ $# -lt 2 ] || [ -z "$2" ]; then usage_error "--prefix needs a directory"; fi
      prefix="$2"; shift 2 ;;
    --prefix=*)
      prefix="${1#--prefix=}"
      if [ -z "$prefix" ]; then usage_error "--prefix needs a directory"; fi
      shift ;;
    --with-pacemaker-tools) with_tools=true; shift ;;
    --no-aot) try_aot=false; shift ;;
    --uninstall) uninstall=true; shift ;;
    -h|--help) usage; exit 0 ;;
    *) usage_error "unknown argument: $1" ;;
  esac
done

# An absolute prefix, so messages and the PATH check say exactly where the binary is.
case "$prefix" in
  /*) ;;
  *) prefix="$PWD/$prefix" ;;
esac
bin_dir="${prefix%/}/bin"
target="$bin_dir/crmtui"

on_path() {
  case ":${PATH:-}:" in
    *":$1:"*|*":$1/:"*) return 0 ;;
    *) return 1 ;;
  esac
}

if $uninstall; then
  if [ -e "$target" ]; then
    rm -f -- "$target" || fail "could not remove $target"
    say "removed $target"
  else
    say "nothing to remove: $target does not exist"
  fi
  exit 0
fi

# The runtime identifier of this machine: the binary is built for it alone.
detect_rid() {
  local os arch libc=""
  case "$(uname -s)" in
    Linux) os=linux
      if [ -e /etc/alpine-release ] || { command -v ldd >/dev/null 2>&1 && ldd --version 2>&1 | grep -qi musl; }; then
        libc="-musl"
      fi ;;
    Darwin) os=osx ;;
    *) fail "unsupported operating system: $(uname -s) (crmtui builds for Linux and macOS)" ;;
  esac
  case "$(uname -m)" in
    x86_64|amd64) arch=x64 ;;
    aarch64|arm64) arch=arm64 ;;
    armv7l) arch=arm ;;
    *) fail "unsupported machine architecture: $(uname -m)" ;;
  esac
  if [ "$os" = linux ]; then
    printf 'linux%s-%s\n' "$libc" "$arch"
  else
    printf '%s-%s\n' "$os" "$arch"
  fi
}

check_sdk() {
  local how="Get the .NET $required_sdk_major SDK from your distribution (Debian/Ubuntu: apt-get install dotnet-sdk-$required_sdk_major.0, where the distribution or Microsoft's package feed has it) or with Microsoft's dotnet-install script, see https://learn.microsoft.com/dotnet/core/install/linux; then run ./install.sh again."
  command -v dotnet >/dev/null 2>&1 || fail "the .NET SDK is not installed ('dotnet' is not on PATH). $how"
  local sdks
  sdks="$(dotnet --list-sdks 2>/dev/null || true)"
  grep -q "^$required_sdk_major\." <<<"$sdks" \
    || fail "the .NET $required_sdk_major SDK is missing (installed SDKs: $(tr '\n' ' ' <<<"${sdks:-none}")). $how"
}

install_pacemaker_tools() {
  local sudo=()
  if [ "$(id -u)" != 0 ]; then
    command -v sudo >/dev/null 2>&1 || fail "--with-pacemaker-tools installs packages: run as root, or install sudo"
    sudo=(sudo)
  fi
  if command -v apt-get >/dev/null 2>&1; then
    # crm_simulate, crm_mon, crm_attribute, crm_resource, crm_ticket are in pacemaker-cli-utils;
    # pacemaker brings the scheduler's resource agents metadata the simulation reads.
    say "installing pacemaker-cli-utils and pacemaker with apt-get"
    ${sudo[@]+"${sudo[@]}"} env DEBIAN_FRONTEND=noninteractive apt-get update -qq || fail "apt-get update failed"
    ${sudo[@]+"${sudo[@]}"} env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq pacemaker-cli-utils pacemaker \
      || fail "apt-get could not install pacemaker-cli-utils and pacemaker"
  elif command -v dnf >/dev/null 2>&1; then
    say "installing pacemaker-cli with dnf"
    ${sudo[@]+"${sudo[@]}"} dnf install -y pacemaker-cli || fail "dnf could not install pacemaker-cli (on RHEL it is in the HighAvailability repository)"
  elif command -v zypper >/dev/null 2>&1; then
    say "installing pacemaker-cli with zypper"
    ${sudo[@]+"${sudo[@]}"} zypper --non-interactive install pacemaker-cli || fail "zypper could not install pacemaker-cli"
  else
    fail "--with-pacemaker-tools knows apt-get, dnf and zypper, and found none: install your distribution's Pacemaker CLI tools (crm_simulate, crm_mon) by hand"
  fi
  say "Pacemaker CLI tools installed: crmtui demo runs a live simulation"
}

check_sdk
rid="$(detect_rid)"
$with_tools && install_pacemaker_tools

[ -f "$repo_dir/src/CrmTui.Cli/CrmTui.Cli.csproj" ] || fail "$repo_dir is not a crmtui checkout (src/CrmTui.Cli is missing)"
mkdir -p -- "$bin_dir" || fail "cannot create $bin_dir"
[ -w "$bin_dir" ] || fail "cannot write to $bin_dir (choose another --prefix, or run with the rights to write there)"

stage="$(mktemp -d "${TMPDIR:-/tmp}/crmtui-install.XXXXXX")"
trap 'rm -rf -- "$stage"' EXIT

# publish KIND DIR: one build into DIR, its output kept in DIR.log.
publish() {
  local kind="$1" out="$2" props
  case "$kind" in
    aot) props=(-p:PublishAot=true) ;;
    r2r) props=(--self-contained -p:PublishSingleFile=true -p:PublishTrimmed=true -p:PublishReadyToRun=true) ;;
  esac
  dotnet publish "$repo_dir/src/CrmTui.Cli/CrmTui.Cli.csproj" -c Release -r "$rid" "${props[@]}" \
    -o "$out" --nologo >"$out.log" 2>&1 && [ -x "$out/crmtui" ] && "$out/crmtui" --version >/dev/null 2>&1
}

started=$SECONDS
built=""
if $try_aot; then
  say "building crmtui for $rid (Native AOT: one self-contained native executable); this takes a minute or two"
  if publish aot "$stage/aot"; then
    built="$stage/aot/crmtui"; kind="Native AOT"
  else
    say "Native AOT could not build here (it needs .NET's ILCompiler package and a C linker, clang or gcc);"
    say "what it said:"
    { grep -E ': error ' "$stage/aot.log" | sort -u | head -n 5 || tail -n 8 "$stage/aot.log"; } | sed 's/^/  | /'
    say "falling back to a trimmed single-file ReadyToRun build (same crmtui, slower start)"
  fi
fi
if [ -z "$built" ]; then
  $try_aot || say "building crmtui for $rid (self-contained, trimmed, single file, ReadyToRun); this takes a minute or two"
  if ! publish r2r "$stage/r2r"; then
    printf 'install.sh: error: dotnet publish failed, or the binary it built does not run (crmtui --version); the end of its output:\n' >&2
    tail -n 30 "$stage/r2r.log" >&2
    exit 1
  fi
  built="$stage/r2r/crmtui"; kind="ReadyToRun"
fi
say "built ($kind) in $((SECONDS - started)) s"

# Replace atomically: a running crmtui keeps its old file, and an interrupted install leaves
# either the old binary or the new one, never half of one.
cp -- "$built" "$bin_dir/.crmtui.new.$$" || fail "cannot copy the binary into $bin_dir"
chmod 0755 "$bin_dir/.crmtui.new.$$"
mv -f -- "$bin_dir/.crmtui.new.$$" "$target" || { rm -f -- "$bin_dir/.crmtui.new.$$"; fail "cannot install $target"; }
say "installed $target ($(du -h "$target" | cut -f1), $kind)"

if ! on_path "$bin_dir"; then
  say "note: $bin_dir is not on your PATH. Add it, e.g.:"
  say "  echo 'export PATH=\"$bin_dir:\$PATH\"' >> ~/.bashrc && export PATH=\"$bin_dir:\$PATH\""
  say "or run $target directly."
fi
if ! command -v crm_simulate >/dev/null 2>&1; then
  if [ -x /usr/sbin/crm_simulate ]; then
    say "Pacemaker's CLI tools are in /usr/sbin, which is not on your PATH: 'crmtui demo' replays recorded"
    say "snapshots (read-only) until it is (export PATH=\"\$PATH:/usr/sbin\"); then it runs a live simulation."
  else
    say "Pacemaker's CLI tools are not installed: 'crmtui demo' replays recorded snapshots (read-only);"
    say "./install.sh --with-pacemaker-tools installs them for the live simulation."
  fi
fi
say "done. Try: crmtui demo"
