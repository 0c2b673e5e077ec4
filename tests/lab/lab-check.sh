#!/usr/bin/env bash
# Says whether this machine can run a lab: exit 0 silently when it can; otherwise prints the
# reason on one line and exits 4. The test fixture uses it to skip (or, under CI=true, fail)
# lab tests with that exact reason.
set -euo pipefail
# shellcheck source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
reason=$(check_prerequisites) || { echo "$reason"; exit "$EXIT_UNSUPPORTED"; }
