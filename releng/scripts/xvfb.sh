# Sourced by ./mvnw and .ci/run: starts a private Xvfb on a free display, exports DISPLAY, and stops it when the
# calling shell exits.
casenotes_start_xvfb() {
  local number=$(( 90 + RANDOM % 400 ))
  while [ -e "/tmp/.X11-unix/X$number" ] || [ -e "/tmp/.X$number-lock" ]; do
    number=$(( number + 1 ))
  done
  Xvfb ":$number" -screen 0 1280x1024x24 -nolisten tcp >/dev/null 2>&1 &
  casenotes_xvfb_pid=$!
  trap 'kill "$casenotes_xvfb_pid" 2>/dev/null || true' EXIT
  export DISPLAY=":$number"
  for _ in $(seq 100); do
    [ -e "/tmp/.X11-unix/X$number" ] && return 0
    sleep 0.1
  done
  echo "Xvfb did not start on $DISPLAY" >&2
  return 1
}
