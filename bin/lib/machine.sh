# The machine set-up the bin/ commands share; source it, don't run it. Briefdesk needs a few Debian
# packages beyond Java and Maven: CJK fonts for the PDF export, pdftoppm for the rendering test and
# the export benchmark, Chromium for the browser tests, PostgreSQL for the PostgreSQL tests.

# Runs a command as root: directly when we are root, else through sudo.
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

# Prints the Debian packages that the named needs (cjk-fonts, pdftoppm, chromium, postgresql, libreoffice)
# still lack.
machine_missing() {
  local need
  for need in "$@"; do
    case $need in
      cjk-fonts)
        # The PDF embeds Noto CJK for 宋/黑 and AR PL UKai for 楷.
        ls /usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc >/dev/null 2>&1 || echo fonts-noto-cjk
        ls /usr/share/fonts/truetype/arphic/ukai.ttc >/dev/null 2>&1 || echo fonts-arphic-ukai ;;
      pdftoppm) command -v pdftoppm >/dev/null 2>&1 || echo poppler-utils ;;
      chromium)
        command -v chromium >/dev/null 2>&1 || echo chromium
        command -v chromedriver >/dev/null 2>&1 || echo chromium-driver ;;
      postgresql) ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1 || echo postgresql ;;
      # The Word exports are converted by LibreOffice in a test, to check their layout in a word processor.
      libreoffice) command -v soffice >/dev/null 2>&1 || echo libreoffice-writer-nogui ;;
      *) echo "machine.sh: unknown need $need" >&2; return 2 ;;
    esac
  done
}

# machine_install WHO NEED...: installs from Debian what the needs lack; WHO names the command in the message.
machine_install() {
  local who=$1 missing
  shift
  missing=$(machine_missing "$@") || return
  [ -n "$missing" ] || return 0
  # shellcheck disable=SC2086 # one word a package
  echo "$who: installing" $missing "from Debian"
  # shellcheck disable=SC2086
  as_root apt-get update -qq && as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $missing >/dev/null
}
