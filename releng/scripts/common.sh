# Shared by releng/scripts/*: repository root, Java, and a virtual display when there is none.
# shellcheck shell=bash
STRATA_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
export JAVA_HOME=${JAVA_HOME_21_PLUS:-/usr/lib/jvm/temurin-25-jdk-amd64}
if [ ! -x "$JAVA_HOME/bin/java" ]; then
  echo "Strata's build needs Java 21 or newer at $JAVA_HOME (set JAVA_HOME_21_PLUS to another one)." >&2
  exit 1
fi
export PATH="$JAVA_HOME/bin:$PATH"
PRODUCT_DIR="$STRATA_ROOT/product/io.strata.product/target/products/io.strata.product/linux/gtk/x86_64"

# Starts Xvfb on a free display number unless DISPLAY already points at a display.
ensure_display() {
  if [ -n "${DISPLAY:-}" ] && xdpyinfo >/dev/null 2>&1; then
    return 0
  fi
  if ! command -v Xvfb >/dev/null 2>&1; then
    echo "No display, and no Xvfb to make one: set DISPLAY, or install Xvfb (apt-get install -y xvfb)." >&2
    return 1
  fi
  local n=90
  while [ -e "/tmp/.X$n-lock" ] || [ -e "/tmp/.X11-unix/X$n" ]; do n=$((n + 1)); done
  Xvfb ":$n" -screen 0 1400x900x24 -nolisten tcp >/dev/null 2>&1 &
  STRATA_XVFB_PID=$!
  export DISPLAY=":$n"
  for _ in $(seq 1 50); do
    if xdpyinfo >/dev/null 2>&1; then
      echo "Started a virtual display (Xvfb) on $DISPLAY."
      return 0
    fi
    sleep 0.1
  done
  echo "Xvfb did not start on $DISPLAY." >&2
  return 1
}

stop_display() {
  if [ -n "${STRATA_XVFB_PID:-}" ]; then
    kill "$STRATA_XVFB_PID" 2>/dev/null || true
  fi
}
