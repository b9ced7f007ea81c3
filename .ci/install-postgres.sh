#!/usr/bin/env bash
# Picked up by .ci/run's install-*.sh loop; the work is in postgres.sh.
exec bash "$(dirname "$0")/postgres.sh"
