# Sourced by the scripts here: a logged-in curl session on the back office that works with OFBiz's CSRF defence on or off.
#   ofbiz_login            logs in as OFBIZ_USER (default admin) / OFBIZ_PASSWORD (default ofbiz) at OFBIZ_URL
#   ofbiz_post REQUEST ... POSTs to /physinv/control/REQUEST with curl's further arguments (e.g. -d name=value), as a
#                          script call: the session's CSRF token rides in the X-CSRF-Token header
# curl uses HTTP/1.1 and follows no redirect (OFBiz redirects to http://localhost/..., see shared/ofbiz-dev).
url="${OFBIZ_URL:-https://localhost:8443}"
jar="$(mktemp)"
trap 'rm -f "$jar"' EXIT
ofbiz_login() {
    local page action
    page="$(curl -sk --http1.1 -c "$jar" -b "$jar" "$url/physinv/control/main")"
    # with the CSRF defence on, the login form's action carries its token
    action="$(printf '%s' "$page" | sed -n 's/.*action="[^"]*\/control\/\(login[^"]*\)".*/\1/p' | head -1 | sed 's/&amp;/\&/g')"
    curl -sk --http1.1 -c "$jar" -b "$jar" -o /dev/null -d USERNAME="${OFBIZ_USER:-admin}" -d PASSWORD="${OFBIZ_PASSWORD:-ofbiz}" \
        "$url/physinv/control/${action:-login}"
    page="$(curl -sk --http1.1 -c "$jar" -b "$jar" "$url/physinv/control/main")"
    if printf '%s' "$page" | grep -q 'name="PASSWORD"'; then
        echo "login as ${OFBIZ_USER:-admin} failed" >&2
        exit 1
    fi
    token="$(printf '%s' "$page" | sed -n 's/.*<meta name="csrf-token" content="\([^"]*\)".*/\1/p' | head -1)"
}
ofbiz_post() {
    local request="$1"
    shift
    curl -sk --http1.1 -c "$jar" -b "$jar" --max-time 14400 -H "X-Requested-With: XMLHttpRequest" -H "X-CSRF-Token: ${token:-}" "$@" \
        "$url/physinv/control/$request"
}
