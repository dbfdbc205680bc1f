// A logged-in OFBiz session over plain HTTP (no browser): cookies, the AJAX CSRF token, form POSTs.
// Used by the load script; works with OFBiz's CSRF defence on or off.
process.env.NODE_TLS_REJECT_UNAUTHORIZED ??= "0"; // the development server's certificate is self-signed

export class Session {
    constructor(base, mount) {
        this.base = base;
        this.mount = mount;
        this.cookies = new Map();
        this.csrf = "";
    }

    async request(path, { method = "GET", form, headers = {}, ajax = method === "POST" } = {}) {
        const response = await fetch(`${this.base}${this.mount}/control/${path}`, {
            method,
            redirect: "manual", // OFBiz redirects to http://localhost/... (see shared/ofbiz-dev)
            headers: {
                Cookie: [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; "),
                "Accept-Language": "en",
                ...(form ? { "Content-Type": "application/x-www-form-urlencoded" } : {}),
                ...(ajax ? { "X-Requested-With": "XMLHttpRequest", "X-CSRF-Token": this.csrf } : {}),
                ...headers,
            },
            body: form ? new URLSearchParams(Object.entries(form).filter(([, v]) => v !== undefined && v !== null)) : undefined,
        });
        for (const cookie of response.headers.getSetCookie()) {
            const [pair] = cookie.split(";");
            const at = pair.indexOf("=");
            this.cookies.set(pair.slice(0, at), pair.slice(at + 1));
        }
        return response;
    }

    /** Logs in through OFBiz's login request, then reads the AJAX CSRF token from a page's meta tag. */
    async login(user, password, page = "main") {
        // a session first; with the CSRF defence on, the login form's action carries its token
        const loginPage = await (await this.request("main")).text();
        const action = (loginPage.match(/action="[^"]*\/control\/(login[^"]*)"/) || [])[1]?.replace(/&amp;/g, "&") || "login";
        const response = await this.request(action, { method: "POST", ajax: false, form: { USERNAME: user, PASSWORD: password } });
        await response.text();
        const html = await (await this.request(page)).text();
        this.csrf = (html.match(/<meta name="csrf-token" content="([^"]*)"/) || [])[1] || "";
        if (!this.cookies.size || /name="PASSWORD"/.test(html)) {
            throw new Error(`login as ${user} failed`);
        }
        return this;
    }

    /**
     * A new inventory of the demo warehouse for one run of a script, beside the demo's own (the demo warehouse's
     * parameters allow concurrent inventories): lists of one inventory must not overlap, lists of two may.
     */
    async newInventory(description) {
        const created = await this.post("createPiInventory", { facilityId: "PI_WH1", description });
        const id = new URL(created.location || "http://x/", "http://x").searchParams.get("piInventoryId");
        if (!id) {
            throw new Error(`no inventory created: ${created.status} ${created.text.slice(0, 300)}`);
        }
        return id;
    }

    /** POSTs a form; answers {status, json} for JSON answers, {status, location} for redirects. */
    async post(path, form) {
        const response = await this.request(path, { method: "POST", form });
        const text = await response.text();
        let json;
        try { json = JSON.parse(text); } catch { json = undefined; }
        return { status: response.status, json, text, location: response.headers.get("location") };
    }
}
