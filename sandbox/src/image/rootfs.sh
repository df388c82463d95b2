#!/usr/bin/env bash
# The base of the sandbox's container image, made here instead of pulled (no registry but Maven
# Central, Debian and npm is reachable, and no Docker daemon is needed): a jlink-ed Java runtime
# in /opt/java, exactly the shared libraries its ELF files load (from this machine's Debian, found
# with ldd), an empty /tmp and an /etc/passwd naming the unprivileged user the image runs as.
# Jib adds this directory onto `scratch`, then the sandbox's classes and jars (sandbox/pom.xml).
#
#   rootfs.sh JAVA_HOME OUT_DIR MODULES [JAR...]
# JARs: libraries that unpack a native library at run time (sqlite-jdbc): the Linux x86-64
# library inside each is examined with ldd too, so what it loads is in the image.
set -euo pipefail
java_home=${1:?JAVA_HOME}
out=${2:?OUT_DIR}
modules=${3:?MODULES}
shift 3

rm -rf "$out"
mkdir -p "$out/opt" "$out/tmp" "$out/etc"
"$java_home/bin/jlink" --add-modules "$modules" --output "$out/opt/java" \
  --strip-debug --no-man-pages --no-header-files

natives=$(mktemp -d)
trap 'rm -rf "$natives"' EXIT
for jar in "$@"; do
  (cd "$natives" && unzip -q -o "$jar" '*/Linux/x86_64/*.so' 2>/dev/null || true)
done

# Every shared library an ELF file of the runtime (or a native library above) needs, at the path the loader looks for it;
# not those of java.desktop's graphics and sound natives (the server is headless: only
# java.beans of that module is used, by Jackson).
find "$out/opt/java" "$natives" -type f \( -name '*.so' -o -perm -u+x \) \
    ! -name 'libawt*' ! -name 'libfontmanager.so' ! -name 'libjawt.so' ! -name 'libsplashscreen.so' \
    ! -name 'liblcms.so' ! -name 'libjavajpeg.so' ! -name 'libmlib_image.so' ! -name 'libjsound.so' -print0 \
  | xargs -0 file | awk -F: '/ELF/ {print $1}' \
  | xargs -r ldd 2>/dev/null \
  | awk '/=> \// {print $3} /^\t\/.*ld-linux/ {print $1}' \
  | sort -u | while read -r lib; do
      case "$lib" in "$out"/*) continue ;; esac  # the runtime's own libraries are in place already
      mkdir -p "$out$(dirname "$lib")"
      cp -L "$lib" "$out$lib"
    done

cat > "$out/etc/passwd" <<'PASSWD'
root:x:0:0:root:/tmp:/sbin/nologin
sandbox:x:65532:65532:coupontools sandbox:/tmp:/sbin/nologin
PASSWD
cat > "$out/etc/group" <<'GROUP'
root:x:0:
sandbox:x:65532:
GROUP
echo "rootfs: $(du -sh "$out" | cut -f1) in $out (modules: $modules)"
