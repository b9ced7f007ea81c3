#!/usr/bin/env bash
# Sourced by the install-*.sh scripts: installs Debian packages that are missing, quietly, refreshing the package
# lists once only when the install cannot find a package without them. Not an install step itself (no install- prefix).

# apt_install PACKAGE...: nothing to do (and nothing printed) when every package is installed already.
apt_install() {
  local missing=() pkg sudo="" log
  for pkg in "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done
  [ "${#missing[@]}" -eq 0 ] && return 0
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || { echo "apt: installing ${missing[*]} needs root (or sudo)" >&2; return 1; }
    sudo="sudo -n"
  fi
  log="$(mktemp)"
  export DEBIAN_FRONTEND=noninteractive
  if ! $sudo apt-get install -y -q --no-install-recommends "${missing[@]}" >"$log" 2>&1; then
    if ! { $sudo apt-get update -q && $sudo apt-get install -y -q --no-install-recommends "${missing[@]}"; } >"$log" 2>&1; then
      cat "$log" >&2
      rm -f "$log"
      echo "apt: could not install ${missing[*]}" >&2
      return 1
    fi
  fi
  rm -f "$log"
  echo "apt: installed ${missing[*]}"
}
