#!/usr/bin/env bash
# Runs a command against a real Secret Service: its own D-Bus session, a throwaway HOME and
# gnome-keyring unlocked with a fixed password (the keychain tests).
# Usage: scripts/with-keyring.sh COMMAND [ARG...]
set -euo pipefail
if [[ -z "${DBUS_SESSION_BUS_ADDRESS:-}" || -z "${ACTIONDECK_KEYRING_SESSION:-}" ]]; then
    exec env ACTIONDECK_KEYRING_SESSION=1 dbus-run-session -- "$0" "$@"
fi
HOME=$(mktemp -d)
export HOME
trap 'rm -rf "$HOME"' EXIT
eval "$(echo -n pw | gnome-keyring-daemon --unlock --components=secrets)"
export GNOME_KEYRING_CONTROL
unset ACTIONDECK_NO_KEYCHAIN
"$@"
