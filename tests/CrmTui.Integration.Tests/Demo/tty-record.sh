#!/usr/bin/env bash
# Runs COMMAND in this terminal and records, in OUT_DIR, the terminal's settings before and after
# it (stty -a), its exit status and its stderr; then prints a marker and keeps the pane open
# until the test ends its tmux server. The demo tests compare stty-before with stty-after.
# Usage: tty-record.sh OUT_DIR COMMAND [ARG...]
set -u
out="$1"
shift
stty -a >"$out/stty-before"
"$@" 2>"$out/stderr"
echo "$?" >"$out/exit"
stty -a >"$out/stty-after"
printf 'COMMAND EXITED\n'
exec cat >/dev/null
