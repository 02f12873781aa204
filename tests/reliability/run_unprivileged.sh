#!/bin/sh
# Runs the [unprivileged] cases of factdb_tests: permission checks (a file or
# folder the user may not read or write), which mean nothing as root, who may
# read and write anything.  The ctest unprivileged_permission_cases runs this
# (tests/CMakeLists.txt; docs/RELIABILITY.md "Fault injection and
# unprivileged runs").
#
# As a non-root user the cases run directly.  As root they run as user
# nobody (setpriv, else runuser), on a copy of the test binary in a fresh
# folder under /tmp, with $TMPDIR a folder of their own that nobody may
# write: the clone may be anywhere (CI: a fresh clone as root, possibly under
# /root, which nobody cannot enter), and the cases read nothing from the
# source or build tree (support/reliability.h, require_unprivileged).
#
# Never skips: anything that keeps the cases from running as an unprivileged
# user fails with a message saying why, and so does a test spec that matches
# no case (-w NoTests).  A case run as root fails by itself.
#
# Usage: run_unprivileged.sh PATH/TO/factdb_tests
set -u

if [ $# -ne 1 ]; then
    echo "usage: $0 PATH/TO/factdb_tests" >&2
    exit 2
fi
tests=$1
spec='[unprivileged]'

if [ "$(id -u)" -ne 0 ]; then
    echo "run_unprivileged: running the $spec cases as $(id -un) (uid $(id -u))"
    exec "$tests" -w NoTests "$spec"
fi

user=nobody
group=$(id -gn "$user" 2>/dev/null) || {
    echo "run_unprivileged: there is no user '$user' to run the $spec cases as" >&2
    exit 1
}
if command -v setpriv >/dev/null 2>&1; then
    set -- setpriv "--reuid=$user" "--regid=$group" --clear-groups --
elif command -v runuser >/dev/null 2>&1; then
    set -- runuser -u "$user" --
else
    echo "run_unprivileged: neither setpriv nor runuser (util-linux) is installed:" \
         "cannot drop root to run the $spec cases" >&2
    exit 1
fi

scratch=$(mktemp -d /tmp/factdb-unprivileged.XXXXXX) || {
    echo "run_unprivileged: cannot create a folder under /tmp" >&2
    exit 1
}
trap 'rm -rf "$scratch"' EXIT
chmod 0755 "$scratch"
mkdir "$scratch/tmp" && chown "$user:$group" "$scratch/tmp" && chmod 0700 "$scratch/tmp" || exit 1
cp "$tests" "$scratch/factdb_tests" && chmod 0755 "$scratch/factdb_tests" || exit 1

# What the cases need, checked as that user, with the reason if it fails.
if ! "$@" test -x "$scratch/factdb_tests"; then
    echo "run_unprivileged: user $user cannot execute $scratch/factdb_tests" \
         "(/tmp not traversable by others, or mounted noexec?):" >&2
    ls -ld / /tmp "$scratch" "$scratch/factdb_tests" >&2
    exit 1
fi
if ! "$@" sh -c 'touch "$1/probe" && rm "$1/probe"' sh "$scratch/tmp"; then
    echo "run_unprivileged: user $user cannot write its temporary folder $scratch/tmp" >&2
    ls -ld "$scratch" "$scratch/tmp" >&2
    exit 1
fi

echo "run_unprivileged: running the $spec cases as $user:$group (ctest runs as root)"
"$@" env TMPDIR="$scratch/tmp" HOME="$scratch/tmp" "$scratch/factdb_tests" -w NoTests "$spec"
