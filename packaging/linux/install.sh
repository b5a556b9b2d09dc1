#!/bin/sh
# Install the one-folder Linux build for the current user only (no administrator rights):
# the app in ~/.local/lib/workshop-kit, the command in ~/.local/bin, and the menu entry,
# hicolor icons and AppStream metadata in ~/.local/share (or $XDG_DATA_HOME).
#
# Usage: packaging/linux/install.sh [APP_FOLDER]      (default: dist/workshop-kit)
#        packaging/linux/install.sh --uninstall
# The user's own data (workshops, settings) is never touched, also not by --uninstall.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
id=org.workshopkit.WorkshopKit
data=${XDG_DATA_HOME:-$HOME/.local/share}
lib=$HOME/.local/lib/workshop-kit
bin=$HOME/.local/bin
sizes="16 32 48 64 128 256 512"

remove() {
    rm -rf "$lib"
    rm -f "$bin/workshop-kit" "$data/applications/$id.desktop" "$data/metainfo/$id.metainfo.xml"
    rm -f "$data/icons/hicolor/scalable/apps/$id.svg"
    for size in $sizes; do
        rm -f "$data/icons/hicolor/${size}x${size}/apps/$id.png"
    done
}

refresh() {  # menus and icon caches notice the change sooner; harmless when absent
    command -v update-desktop-database >/dev/null && update-desktop-database -q "$data/applications" || true
    command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q -t "$data/icons/hicolor" || true
}

if [ "${1:-}" = "--uninstall" ]; then
    remove
    refresh
    echo "Workshop Kit removed (your data folder was kept)."
    exit 0
fi

app=${1:-$here/../../dist/workshop-kit}
if [ ! -x "$app/workshop-kit" ]; then
    echo "install.sh: no built app in $app: run 'python packaging/build.py' first" >&2
    exit 1
fi
icons=$app/_internal/assets/icons

remove
mkdir -p "$lib" "$bin" "$data/applications" "$data/metainfo"
cp -a "$app/." "$lib/"
ln -s "$lib/workshop-kit" "$bin/workshop-kit"
# The menu entry runs the installed program by its full path ("" in case it has spaces).
sed "s|^Exec=workshop-kit\$|Exec=\"$lib/workshop-kit\"|" "$here/$id.desktop" > "$data/applications/$id.desktop"
cp "$here/$id.metainfo.xml" "$data/metainfo/"
mkdir -p "$data/icons/hicolor/scalable/apps"
cp "$icons/workshop-kit.svg" "$data/icons/hicolor/scalable/apps/$id.svg"
for size in $sizes; do
    mkdir -p "$data/icons/hicolor/${size}x${size}/apps"
    cp "$icons/workshop-kit-$size.png" "$data/icons/hicolor/${size}x${size}/apps/$id.png"
done
refresh
echo "Workshop Kit installed in $lib; start it from the menu or with $bin/workshop-kit"
