// Calls to the gateway's API with the signed-in user's token. A failed call throws an ApiError carrying the
// problem details (RFC 9457) of the answer when there are some.
import {accessToken} from './auth.js';
import {t} from './i18n.js';

export class ApiError extends Error {
    constructor(status, problem) {
        super(problem?.detail ?? problem?.title ?? `HTTP ${status}`);
        this.status = status;
        this.problem = problem;
    }
}

function query(params) {
    const defined = Object.entries(params ?? {}).filter(([, v]) => v !== null && v !== undefined && v !== '');
    return defined.length ? `?${new URLSearchParams(defined)}` : '';
}

/** An answer's body as JSON; one that is not JSON becomes a problem with its first characters as detail. */
function jsonOrProblem(status, text, statusText) {
    try {
        return JSON.parse(text);
    } catch {
        return {title: `HTTP ${status}`, detail: text.slice(0, 300) || statusText};
    }
}

async function problemOf(answer) {
    return jsonOrProblem(answer.status, await answer.text(), answer.statusText);
}

export async function request(method, path, {params, body} = {}) {
    const headers = {Authorization: `Bearer ${await accessToken()}`, Accept: 'application/json'};
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    const answer = await fetch(`/api/v1/${path}${query(params)}`, {
        method, headers, body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!answer.ok) throw new ApiError(answer.status, await problemOf(answer));
    return {data: answer.status === 204 ? null : await answer.json(), headers: answer.headers};
}

export async function get(path, params) {
    return (await request('GET', path, {params})).data;
}

export async function post(path, body) {
    return (await request('POST', path, {body})).data;
}

/**
 * Upload a file as the body of a POST (its own content type, e.g. text/csv), reporting progress: onProgress(sent,
 * total). XMLHttpRequest, since fetch reports no upload progress. Resolves with the JSON answer; rejects with an
 * ApiError holding the problem (and its row errors) when the batch is refused.
 */
export async function upload(path, file, {params, contentType, idempotencyKey, onProgress} = {}) {
    const token = await accessToken();
    return new Promise((resolve, reject) => {
        const xhr = new XMLHttpRequest();
        xhr.open('POST', `/api/v1/${path}${query(params)}`);
        xhr.setRequestHeader('Authorization', `Bearer ${token}`);
        xhr.setRequestHeader('Content-Type', contentType);
        xhr.setRequestHeader('Accept', 'application/json');
        if (idempotencyKey) xhr.setRequestHeader('Idempotency-Key', idempotencyKey);
        xhr.upload.addEventListener('progress', event => {
            if (event.lengthComputable) onProgress?.(event.loaded, event.total);
        });
        xhr.addEventListener('load', () => {
            const body = jsonOrProblem(xhr.status, xhr.responseText, xhr.statusText);
            if (xhr.status >= 200 && xhr.status < 300) resolve(body);
            else reject(new ApiError(xhr.status, body));
        });
        xhr.addEventListener('error', () => reject(new Error(t('error.uploadUnreachable'))));
        xhr.send(file);
    });
}
