#!/usr/bin/env bash
# Installs what the tests need from Debian: Chromium and a CJK font for the
# browser tests (without one every Chinese glyph renders as a box), and a
# Java runtime for the W3C Nu HTML Checker (vnu.jar) if there is none.
set -euo pipefail
packages=(chromium fonts-noto-cjk)
missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
command -v java >/dev/null || missing+=(default-jre-headless)
if ((${#missing[@]} == 0)); then
  exit 0
fi
if [[ $(id -u) -ne 0 ]]; then
  echo "测试需要以下 Debian 软件包：${missing[*]}。请以 root 运行：apt-get install -y --no-install-recommends ${missing[*]}" >&2
  exit 1
fi
echo "Installing ${missing[*]} …"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
