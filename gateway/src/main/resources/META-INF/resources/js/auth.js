// Signing in through Keycloak (realm and public client from GET /portal/config.json): authorization code flow
// with PKCE S256; the page is shown only once signed in. Tokens are refreshed before each API call.
import Keycloak from '/_static/keycloak-js/lib/keycloak.js';
import {language, t} from './i18n.js';

let keycloak = null;

export async function signIn() {
    const config = await fetch('/portal/config.json').then(answer => {
        if (!answer.ok) throw new Error(t('error.http', {url: '/portal/config.json', status: answer.status}));
        return answer.json();
    });
    keycloak = new Keycloak({url: config.url, realm: config.realm, clientId: config.clientId});
    // locale: Keycloak's login page in the portal's language where the realm offers it (ui_locales)
    await keycloak.init({onLoad: 'login-required', pkceMethod: 'S256', checkLoginIframe: false, locale: language()});
    return user();
}

/** Who is signed in: name, roles of the realm, and the operator an operator account belongs to. */
export function user() {
    const token = keycloak.tokenParsed ?? {};
    const roles = token.realm_access?.roles ?? [];
    return {
        name: token.preferred_username ?? token.sub,
        isRegulator: roles.includes('regulator'),
        operatorId: token.operator_id ?? null,
    };
}

/** A valid access token (refreshed when it expires within 30 s); signs in again when the session is over. */
export async function accessToken() {
    try {
        await keycloak.updateToken(30);
    } catch {
        await keycloak.login();
        throw new Error('the session has ended: signing in again');
    }
    return keycloak.token;
}

/** Signs out at Keycloak, which sends the browser to `path` (the public page, in the portal's language). */
export function signOut(path = '/public.html') {
    return keycloak.logout({redirectUri: `${location.origin}${path}`});
}
