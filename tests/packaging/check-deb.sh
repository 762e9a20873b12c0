#!/usr/bin/env bash
# Builds the Debian package with CPack from an already built tree and checks its
# dependencies and contents.
set -euo pipefail
build="${1:?usage: check-deb.sh BUILD_DIR}"
build="$(cd "$build" && pwd)"
[ -f "$build/CPackConfig.cmake" ] \
  || { echo "FAIL: $build/CPackConfig.cmake missing; configure the project first"; exit 1; }
for tool in cpack dpkg-deb dpkg-shlibdeps; do
  command -v "$tool" >/dev/null || { echo "FAIL: $tool not found"; exit 1; }
done

out="$(mktemp -d "${TMPDIR:-/tmp}/tailor-deb.XXXXXX")"
trap 'rm -rf "$out"' EXIT

cd "$build"
if ! cpack -G DEB -B "$out" --config "$build/CPackConfig.cmake" >"$out/cpack.log" 2>&1; then
  cat "$out/cpack.log"
  echo "FAIL: cpack -G DEB failed (log above)"
  exit 1
fi
shopt -s nullglob
debs=("$out"/*.deb)
if [ ${#debs[@]} -ne 1 ]; then
  cat "$out/cpack.log"
  echo "FAIL: expected exactly one .deb in $out, found ${#debs[@]}"
  exit 1
fi
deb="${debs[0]}"
echo "built $(basename "$deb")"

failures=()
package="$(dpkg-deb -f "$deb" Package)"
[ "$package" = tailor ] || failures+=("Package is '$package', expected 'tailor'")

depends="$(dpkg-deb -f "$deb" Depends)"
echo "Depends: $depends"
echo "Recommends: $(dpkg-deb -f "$deb" Recommends)"
# Split on commas so a dependency is matched as a whole name, with or without a version.
mapfile -t deps < <(tr ',' '\n' <<<"$depends" | sed -E 's/^[[:space:]]+//; s/[[:space:]]*(\(.*\))?[[:space:]]*$//')
has_dep() {
  local d
  for d in "${deps[@]}"; do
    [[ "$d" =~ ^($1)$ ]] && return 0
  done
  return 1
}
for want in libqt6sql6-sqlite libqt6sql6-psql qt6-qpa-plugins; do
  has_dep "$want" || failures+=("Depends lacks $want")
done
# The t64 suffix is the name from Debian trixie on.
has_dep 'libqt6core6(t64)?' \
  || failures+=("Depends lacks libqt6core6: dpkg-shlibdeps did not run or found no Qt library")

contents="$(dpkg-deb -c "$deb" | sed -E 's/ -> .*//' | awk '{print $NF}')"
for path in ./usr/bin/tailor ./usr/bin/tailor-cli \
    ./usr/share/applications/org.tailor.Tailor.desktop \
    ./usr/share/metainfo/org.tailor.Tailor.metainfo.xml \
    ./usr/share/icons/hicolor/scalable/apps/org.tailor.Tailor.svg; do
  grep -qxF "$path" <<<"$contents" || failures+=("package does not contain $path")
done

if [ ${#failures[@]} -ne 0 ]; then
  echo "--- package contents ---"
  printf '%s\n' "$contents"
  printf 'FAIL: %s\n' "${failures[@]}"
  exit 1
fi
echo "OK: $(basename "$deb") has the expected dependencies and files"
