#!/usr/bin/env node
// Offline check of the Kubernetes manifests (run by scripts/k8s-check.sh, itself a stage of ./qos test).
//
// For every overlay under k8s/overlays/ (rendered with `kubectl kustomize` from a scratch copy of k8s/ in which
// each *.env that has a committed *.env.example is made from it, so that the user's real one is never read):
//   - every built-in object is validated against the Kubernetes schemas of the npm package kubernetes-models;
//   - the operators' custom resources (CloudNativePG Cluster, Keycloak, KeycloakRealmImport), whose schemas are
//     not available offline, get structural checks of their required fields and cross-references;
//   - every Deployment: startup, readiness and liveness probes on /q/health/{started,ready,live} of its HTTP port,
//     requests and limits, a non-root and read-only security context, a writable /tmp from an emptyDir, an image
//     tag (not "latest") equal to the project version, configuration and secrets by reference only;
//   - every service's database roles: its migrations in the init container "migrate" as its schema's owner, the
//     service as a runtime role of its own, the owner's Secret nowhere else, both roles managed by qos-db;
//   - exactly one Ingress, the gateway's; NetworkPolicies: default deny, services from the gateway only,
//     the gateway from the ingress controller, the databases and Keycloak from whom they serve;
//   - dev: one replica each; prod: an HPA, a PDB and topology spread per Deployment, 3 PostgreSQL instances,
//     the production realm;
//   - the generated realm imports are up to date with keycloak/qos-realm.json.
// One line per object or check, then the closing line `k8s: N passed, M failed`; exit status 1 on any failure.
import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { isDeepStrictEqual } from "node:util";

import { parseAllDocuments } from "yaml";

import { LOCAL_ONLY_CLIENTS, outputs as realmOutputs, productionRealm } from "./generate-realm-import.mjs";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const K8S = join(ROOT, "k8s");
const REALM = JSON.parse(readFileSync(join(ROOT, "keycloak", "qos-realm.json"), "utf8"));
const PROJECT_VERSION = (readFileSync(join(ROOT, "pom.xml"), "utf8").match(/^\s*<version>([^<]+)<\/version>/m) ?? [])[1];

const SERVICES = ["voice-quality-service", "coverage-service", "billing-service", "complaints-service"];
const SUITE = [...SERVICES, "gateway"];
const PORT_VARS = {
  "voice-quality-service": "QOS_VOICE_PORT",
  "coverage-service": "QOS_COVERAGE_PORT",
  "billing-service": "QOS_BILLING_PORT",
  "complaints-service": "QOS_COMPLAINTS_PORT",
  gateway: "QOS_GATEWAY_PORT",
};
const PROBES = { startupProbe: "/q/health/started", readinessProbe: "/q/health/ready", livenessProbe: "/q/health/live" };
const INGRESS_NAMESPACE = "ingress-nginx";
const CNPG_NAMESPACE = "cnpg-system";
const SECRET_LIKE = /PASSWORD|SECRET|TOKEN|CREDENTIAL/i;

let passed = 0;
let failed = 0;

/** Record one checked object or rule: no problems is a pass. */
function report(overlay, what, problems) {
  if (problems.length === 0) {
    passed++;
    console.log(`ok    ${overlay.padEnd(5)} ${what}`);
  } else {
    failed++;
    console.log(`FAIL  ${overlay.padEnd(5)} ${what}`);
    for (const p of problems) console.log(`        - ${p}`);
  }
}

const id = (o) => `${o.kind}/${o.metadata?.namespace ? o.metadata.namespace + "/" : ""}${o.metadata?.name}`;
const isObj = (v) => v !== null && typeof v === "object" && !Array.isArray(v);
const isStr = (v) => typeof v === "string" && v.length > 0;

// --- label selectors ----------------------------------------------------------------------------------------

function matches(selector, labels) {
  if (!isObj(selector)) return false;
  for (const [k, v] of Object.entries(selector.matchLabels ?? {})) if (labels[k] !== v) return false;
  for (const e of selector.matchExpressions ?? []) {
    const has = Object.hasOwn(labels, e.key);
    const value = labels[e.key];
    if (e.operator === "In" && !(has && e.values.includes(value))) return false;
    if (e.operator === "NotIn" && has && e.values.includes(value)) return false;
    if (e.operator === "Exists" && !has) return false;
    if (e.operator === "DoesNotExist" && has) return false;
  }
  return true;
}

// --- rendering ----------------------------------------------------------------------------------------------

/**
 * A scratch copy of k8s/ (without node_modules), in which every *.env that has a committed *.env.example is made
 * from that example: the user's own file (real credentials, gitignored) is neither copied nor needed.
 */
function scratchCopy() {
  const dir = mkdtempSync(join(tmpdir(), "qos-k8s-check-"));
  const skip = (src) => src.includes("node_modules") || (src.endsWith(".env") && existsSync(`${src}.example`));
  cpSync(K8S, join(dir, "k8s"), { recursive: true, filter: (src) => !skip(src) });
  const walk = (d) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith(".env.example")) {
        const env = p.slice(0, -".example".length);
        if (!existsSync(env)) writeFileSync(env, readFileSync(p));
      }
    }
  };
  walk(join(dir, "k8s"));
  return dir;
}

function render(dir, overlay) {
  const out = execFileSync("kubectl", ["kustomize", join(dir, "k8s", "overlays", overlay)], {
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
    stdio: ["ignore", "pipe", "pipe"],
  });
  const docs = parseAllDocuments(out);
  const objects = [];
  for (const d of docs) {
    if (d.errors.length) throw new Error(`kustomize output does not parse: ${d.errors[0].message}`);
    const o = d.toJS();
    if (o) objects.push(o);
  }
  return objects;
}

// --- built-in kinds: the kubernetes-models schemas -------------------------------------------------------------

const CUSTOM = new Set(["postgresql.cnpg.io/v1 Cluster", "k8s.keycloak.org/v2alpha1 Keycloak", "k8s.keycloak.org/v2alpha1 KeycloakRealmImport"]);

async function schemaProblems(o) {
  if (!isStr(o.apiVersion) || !isStr(o.kind)) return ["apiVersion and kind are required"];
  if (!isStr(o.metadata?.name)) return ["metadata.name is required"];
  let mod;
  try {
    mod = await import(`kubernetes-models/${o.apiVersion}`);
  } catch {
    return [`no schema for apiVersion ${o.apiVersion} (not a built-in API group/version)`];
  }
  const Model = mod[o.kind];
  if (typeof Model !== "function") return [`no schema for kind ${o.kind} in ${o.apiVersion}`];
  try {
    new Model(o).validate();
    return [];
  } catch (e) {
    const errors = e.errors ?? [];
    return errors.length
      ? errors.slice(0, 10).map((x) => `schema: ${x.instancePath || "/"} ${x.message}${x.params?.allowedValues ? " " + JSON.stringify(x.params.allowedValues) : ""}`)
      : [`schema: ${e.message}`];
  }
}

// --- custom resources: structural checks ------------------------------------------------------------------------

function clusterProblems(o, all, overlay) {
  const p = [];
  const s = o.spec;
  if (!isObj(s)) return ["spec is required"];
  if (!Number.isInteger(s.instances) || s.instances < 1) p.push("spec.instances must be an integer >= 1");
  if (!isStr(s.storage?.size) && !isStr(s.storage?.pvcTemplate?.resources?.requests?.storage)) p.push("spec.storage.size is required");
  const initdb = s.bootstrap?.initdb;
  if (!isObj(initdb)) p.push("spec.bootstrap.initdb is required (database and owner)");
  else {
    if (!isStr(initdb.database)) p.push("spec.bootstrap.initdb.database is required");
    if (!isStr(initdb.owner)) p.push("spec.bootstrap.initdb.owner is required");
    if (initdb.secret !== undefined) {
      const secret = all.find((x) => x.kind === "Secret" && x.metadata.name === initdb.secret?.name);
      if (!secret) p.push(`spec.bootstrap.initdb.secret: no Secret ${initdb.secret?.name} in the overlay`);
      else {
        if (secret.type !== "kubernetes.io/basic-auth") p.push(`Secret ${secret.metadata.name} must be of type kubernetes.io/basic-auth`);
        const user = secret.data?.username ? Buffer.from(secret.data.username, "base64").toString() : secret.stringData?.username;
        const pass = secret.data?.password ?? secret.stringData?.password;
        if (user !== initdb.owner) p.push(`Secret ${secret.metadata.name}: username "${user}" is not the owner "${initdb.owner}"`);
        if (!pass) p.push(`Secret ${secret.metadata.name}: password is missing`);
      }
    }
  }
  if (s.resources !== undefined && !isObj(s.resources)) p.push("spec.resources must be an object");
  if (o.metadata.name === "qos-db") {
    if (initdb?.database !== "qos") p.push("qos-db must bootstrap the database qos");
    const want = { dev: 1, prod: 3 }[overlay];
    if (want && s.instances !== want) p.push(`qos-db must have ${want} instance(s) in ${overlay}, has ${s.instances}`);
  }
  return p;
}

function keycloakProblems(o) {
  const p = [];
  const s = o.spec;
  if (!isObj(s)) return ["spec is required"];
  if (!Number.isInteger(s.instances) || s.instances < 1) p.push("spec.instances must be an integer >= 1");
  if (s.db?.vendor !== "postgres") p.push("spec.db.vendor must be postgres");
  if (!isStr(s.db?.host)) p.push("spec.db.host is required");
  for (const k of ["usernameSecret", "passwordSecret"]) {
    if (!isStr(s.db?.[k]?.name) || !isStr(s.db?.[k]?.key)) p.push(`spec.db.${k} needs name and key`);
  }
  if (!isStr(s.hostname?.hostname)) p.push("spec.hostname.hostname is required (the issuer of the tokens)");
  if (s.http?.httpEnabled !== true && !isStr(s.http?.tlsSecret)) p.push("spec.http needs httpEnabled: true or a tlsSecret");
  if (s.networkPolicy?.enabled !== false) p.push("spec.networkPolicy.enabled must be false (the suite's own NetworkPolicy applies)");
  return p;
}

function realmImportProblems(o, all, overlay) {
  const p = [];
  const s = o.spec;
  if (!isObj(s)) return ["spec is required"];
  if (!isStr(s.keycloakCRName)) p.push("spec.keycloakCRName is required");
  else if (!all.some((x) => x.kind === "Keycloak" && x.metadata.name === s.keycloakCRName)) p.push(`spec.keycloakCRName: no Keycloak ${s.keycloakCRName} in the overlay`);
  if (!isObj(s.realm) || !isStr(s.realm.realm)) return [...p, "spec.realm must be a realm representation with a name"];
  if (s.realm.realm !== REALM.realm) p.push(`spec.realm.realm is ${s.realm.realm}, keycloak/qos-realm.json defines ${REALM.realm}`);
  if (overlay === "prod") {
    if (!isDeepStrictEqual(s.realm, productionRealm(REALM))) p.push("spec.realm differs from the production variant of keycloak/qos-realm.json (regenerate: node k8s/validate/generate-realm-import.mjs)");
    if ((s.realm.users ?? []).length) p.push(`the production realm imports users: ${s.realm.users.map((u) => u.username).join(", ")}`);
    for (const c of s.realm.clients ?? []) {
      if (c.secret !== undefined) p.push(`the production realm imports a secret for client ${c.clientId}`);
      if (LOCAL_ONLY_CLIENTS.includes(c.clientId)) p.push(`the production realm imports the demo/test client ${c.clientId}`);
      const origins = [...(c.redirectUris ?? []), ...(c.webOrigins ?? []),
        ...String(c.attributes?.["post.logout.redirect.uris"] ?? "").split("##")];
      for (const o of origins) {
        if (/^https?:\/\/(127\.0\.0\.1|localhost|[^/]*\.localhost)([:/]|$)/.test(o)) p.push(`the production realm lets client ${c.clientId} redirect to the local ${o}`);
      }
    }
    if ((s.realm.sslRequired ?? "external") === "none") p.push("the production realm must not have sslRequired none");
  } else if (!isDeepStrictEqual(s.realm, REALM)) {
    p.push("spec.realm differs from keycloak/qos-realm.json (regenerate: node k8s/validate/generate-realm-import.mjs)");
  }
  return p;
}

// --- database roles -------------------------------------------------------------------------------------------

/** The variables a container gets from its ConfigMaps and env: literal values, or "<secret NAME/KEY>". */
function envOf(c, all) {
  const env = {};
  for (const ef of c.envFrom ?? []) if (ef.configMapRef) Object.assign(env, configMapData(all, ef.configMapRef.name) ?? {});
  for (const e of c.env ?? []) {
    if (e.value !== undefined) env[e.name] = e.value;
    const ref = e.valueFrom?.secretKeyRef;
    if (ref) env[e.name] = `<secret ${ref.name}/${ref.key}>`;
  }
  return env;
}

const secretOf = (v) => (String(v ?? "").match(/^<secret ([^/]+)\//) ?? [])[1];

function secretUser(all, name) {
  const s = all.find((x) => x.kind === "Secret" && x.metadata.name === name);
  return s?.data?.username ? Buffer.from(s.data.username, "base64").toString() : s?.stringData?.username;
}

/**
 * Each service of the suite: its Flyway migrations run in the init container "migrate" (quarkus.init-and-exit) as
 * the schema's owner; the service itself runs as a runtime role of its own, never migrates, and never sees the
 * owner's credentials; both are roles the CloudNativePG cluster qos-db manages from those very Secrets.
 */
function databaseRoleProblems(d, all) {
  const p = [];
  const pod = d.spec?.template?.spec ?? {};
  const main = (pod.containers ?? [])[0];
  const inits = pod.initContainers ?? [];
  const migrate = inits.find((c) => c.name === "migrate");
  if (!main) return ["no container"];
  if (!migrate) return ["no init container \"migrate\" (the Flyway migrations, as the schema's owner)"];
  for (const c of inits) {
    const sc = c.securityContext ?? {};
    if ((sc.runAsNonRoot ?? pod.securityContext?.runAsNonRoot) !== true) p.push(`init container ${c.name}: runAsNonRoot must be true`);
    if (sc.readOnlyRootFilesystem !== true) p.push(`init container ${c.name}: readOnlyRootFilesystem must be true`);
    if (sc.allowPrivilegeEscalation !== false) p.push(`init container ${c.name}: allowPrivilegeEscalation must be false`);
    if (!(sc.capabilities?.drop ?? []).includes("ALL")) p.push(`init container ${c.name}: capabilities.drop must include ALL`);
    for (const k of ["requests", "limits"]) for (const r of ["cpu", "memory"]) if (c.resources?.[k]?.[r] === undefined) p.push(`init container ${c.name}: resources.${k}.${r} missing`);
    if (!(c.volumeMounts ?? []).some((m) => m.mountPath === "/tmp")) p.push(`init container ${c.name}: no volume at /tmp`);
    for (const e of c.env ?? []) if (e.value !== undefined && SECRET_LIKE.test(e.name)) p.push(`init container ${c.name}: ${e.name} is a literal value; secrets come by secretKeyRef`);
  }
  if (migrate.image !== main.image) p.push(`init container migrate runs ${migrate.image}, the service ${main.image}`);
  const m = envOf(migrate, all);
  const s = envOf(main, all);
  if (String(m.QUARKUS_INIT_AND_EXIT) !== "true") p.push("init container migrate: QUARKUS_INIT_AND_EXIT must be true (migrate, then exit)");
  if (String(m.QUARKUS_FLYWAY_MIGRATE_AT_START) !== "true") p.push("init container migrate: QUARKUS_FLYWAY_MIGRATE_AT_START must be true");
  if (String(s.QUARKUS_FLYWAY_MIGRATE_AT_START) !== "false") p.push(`container ${main.name}: QUARKUS_FLYWAY_MIGRATE_AT_START must be false (the init container migrates)`);
  const owner = secretOf(m.QOS_DB_USER);
  const runtime = secretOf(s.QOS_DB_USER);
  if (!owner || secretOf(m.QOS_DB_PASSWORD) !== owner) p.push("init container migrate: QOS_DB_USER and QOS_DB_PASSWORD must come from one Secret (the owner's)");
  if (!runtime || secretOf(s.QOS_DB_PASSWORD) !== runtime) p.push(`container ${main.name}: QOS_DB_USER and QOS_DB_PASSWORD must come from one Secret (the runtime role's)`);
  if (secretOf(m.QOS_DB_RUNTIME_ROLE) !== runtime) p.push("init container migrate: QOS_DB_RUNTIME_ROLE must be the runtime role's username (the role its migrations grant to)");
  if (owner && owner === runtime) p.push(`the service and its migrations use the same Secret ${owner}`);
  // the owner's credentials only where the migrations run
  for (const [k, v] of Object.entries(s)) if (owner && secretOf(v) === owner) p.push(`container ${main.name}: ${k} comes from the owner's Secret ${owner}`);
  for (const k of ["QOS_DB_MIGRATION_USER", "QOS_DB_MIGRATION_PASSWORD"]) if (s[k] !== undefined) p.push(`container ${main.name}: ${k} is set`);
  if (secretOf(s.QOS_DB_USER) === "qos-db-credentials" || secretOf(m.QOS_DB_USER) === "qos-db-credentials") p.push("the database owner qos (qos-db-credentials) is for the cluster's bootstrap only");
  // roles the cluster manages from the same Secrets
  const roles = all.find((x) => x.kind === "Cluster" && x.metadata.name === "qos-db")?.spec?.managed?.roles ?? [];
  for (const secret of [owner, runtime].filter(Boolean)) {
    const user = secretUser(all, secret);
    const role = roles.find((r) => r.name === user);
    if (!user) p.push(`Secret ${secret} has no username`);
    else if (!role) p.push(`Cluster qos-db manages no role ${user} (Secret ${secret})`);
    else {
      if (role.passwordSecret?.name !== secret) p.push(`Cluster qos-db: role ${user} takes its password from ${role.passwordSecret?.name}, not ${secret}`);
      if (role.login !== true) p.push(`Cluster qos-db: role ${user} cannot log in`);
      for (const a of ["superuser", "createdb", "createrole", "replication", "bypassrls"]) if (role[a] === true) p.push(`Cluster qos-db: role ${user} has ${a}`);
    }
  }
  return p;
}

// --- Deployments --------------------------------------------------------------------------------------------------

function configMapData(all, name) {
  return all.find((x) => x.kind === "ConfigMap" && x.metadata.name === name)?.data;
}

function deploymentProblems(d, all, overlay) {
  const p = [];
  const name = d.metadata.name;
  const pod = d.spec?.template?.spec ?? {};
  const containers = pod.containers ?? [];
  if (!containers.length) return ["no containers"];
  const volumes = pod.volumes ?? [];
  for (const c of containers) {
    const at = `container ${c.name}`;
    const httpPort = (c.ports ?? []).find((x) => x.name === "http");
    if (!httpPort) p.push(`${at}: no port named http`);
    for (const [probe, path] of Object.entries(PROBES)) {
      const g = c[probe]?.httpGet;
      if (!g) p.push(`${at}: no ${probe} (httpGet ${path})`);
      else {
        if (g.path !== path) p.push(`${at}: ${probe} path is ${g.path}, expected ${path}`);
        if (g.port !== "http" && g.port !== httpPort?.containerPort) p.push(`${at}: ${probe} is not on the HTTP port`);
      }
    }
    for (const k of ["requests", "limits"]) {
      for (const r of ["cpu", "memory"]) {
        if (c.resources?.[k]?.[r] === undefined) p.push(`${at}: resources.${k}.${r} missing`);
      }
    }
    const sc = c.securityContext ?? {};
    const runAsNonRoot = sc.runAsNonRoot ?? pod.securityContext?.runAsNonRoot;
    if (runAsNonRoot !== true) p.push(`${at}: runAsNonRoot must be true`);
    if ((sc.runAsUser ?? pod.securityContext?.runAsUser) === 0) p.push(`${at}: runAsUser 0`);
    if (sc.readOnlyRootFilesystem !== true) p.push(`${at}: readOnlyRootFilesystem must be true`);
    if (sc.allowPrivilegeEscalation !== false) p.push(`${at}: allowPrivilegeEscalation must be false`);
    if (sc.privileged === true) p.push(`${at}: privileged`);
    if (!(sc.capabilities?.drop ?? []).includes("ALL")) p.push(`${at}: capabilities.drop must include ALL`);
    const tmp = (c.volumeMounts ?? []).find((m) => m.mountPath === "/tmp");
    if (!tmp) p.push(`${at}: no volume at /tmp (Quarkus and Vert.x need a writable tmp)`);
    else if (!volumes.find((v) => v.name === tmp.name)?.emptyDir) p.push(`${at}: /tmp is not an emptyDir`);
    // image: a tag, not latest, the project version (what ./qos images builds)
    const image = c.image ?? "";
    const m = image.match(/^(.*?)(?::([^:/@]+))?(@sha256:[0-9a-f]+)?$/);
    const tag = m?.[2];
    if (!tag) p.push(`${at}: image ${image} has no tag`);
    else if (tag === "latest") p.push(`${at}: image ${image} uses the tag latest`);
    else if (PROJECT_VERSION && tag !== PROJECT_VERSION && tag !== `${PROJECT_VERSION}-native`) p.push(`${at}: image tag ${tag} is not the project version ${PROJECT_VERSION} (pom.xml)`);
    // configuration by reference; the variables in force
    const env = {};
    for (const ef of c.envFrom ?? []) {
      if (ef.configMapRef) {
        const data = configMapData(all, ef.configMapRef.name);
        if (!data) p.push(`${at}: envFrom ConfigMap ${ef.configMapRef.name} is not in the overlay`);
        else Object.assign(env, data);
      }
      if (ef.secretRef && !all.some((x) => x.kind === "Secret" && x.metadata.name === ef.secretRef.name)) p.push(`${at}: envFrom Secret ${ef.secretRef.name} is not in the overlay`);
    }
    for (const e of c.env ?? []) {
      if (e.value !== undefined) {
        env[e.name] = e.value;
        if (SECRET_LIKE.test(e.name)) p.push(`${at}: ${e.name} is a literal value; secrets come by secretKeyRef`);
      }
      const ref = e.valueFrom?.secretKeyRef;
      if (ref) {
        const secret = all.find((x) => x.kind === "Secret" && x.metadata.name === ref.name);
        if (!secret) p.push(`${at}: ${e.name}: Secret ${ref.name} is not in the overlay`);
        else if (!Object.hasOwn(secret.data ?? {}, ref.key) && !Object.hasOwn(secret.stringData ?? {}, ref.key)) p.push(`${at}: ${e.name}: Secret ${ref.name} has no key ${ref.key}`);
        env[e.name] = `<secret ${ref.name}/${ref.key}>`;
      }
    }
    if (env.QOS_HTTP_HOST !== "0.0.0.0") p.push(`${at}: QOS_HTTP_HOST must be 0.0.0.0 in a pod (is ${env.QOS_HTTP_HOST})`);
    const portVar = PORT_VARS[name];
    if (portVar && String(env[portVar]) !== String(httpPort?.containerPort)) p.push(`${at}: ${portVar} (${env[portVar]}) is not the container's http port (${httpPort?.containerPort})`);
    for (const k of ["QOS_DB_URL", "QOS_DB_USER", "QOS_DB_PASSWORD", "QOS_OIDC_URL"]) {
      if (SUITE.includes(name) && env[k] === undefined) p.push(`${at}: ${k} is not set`);
    }
    for (const k of ["QOS_DB_USER", "QOS_DB_PASSWORD"]) {
      if (SUITE.includes(name) && env[k] !== undefined && !String(env[k]).startsWith("<secret ")) p.push(`${at}: ${k} must come from a Secret`);
    }
  }
  if (overlay === "dev" && d.spec.replicas !== 1) p.push(`dev: replicas must be 1 (is ${d.spec.replicas})`);
  if (overlay === "prod") {
    if (d.spec.replicas !== undefined) p.push("prod: no replicas in the Deployment (its HorizontalPodAutoscaler sets them)");
    const hpa = all.find((x) => x.kind === "HorizontalPodAutoscaler" && x.spec?.scaleTargetRef?.kind === "Deployment" && x.spec.scaleTargetRef.name === name);
    if (!hpa) p.push("prod: no HorizontalPodAutoscaler");
    else if (!(hpa.spec.metrics ?? []).some((m) => m.type === "Resource" && m.resource?.name === "cpu")) p.push("prod: the HorizontalPodAutoscaler does not scale on CPU");
    else if (!(hpa.spec.minReplicas >= 2)) p.push("prod: the HorizontalPodAutoscaler keeps fewer than 2 replicas");
    const labels = d.spec.template.metadata?.labels ?? {};
    if (!all.some((x) => x.kind === "PodDisruptionBudget" && matches(x.spec?.selector, labels))) p.push("prod: no PodDisruptionBudget selects its pods");
    const spread = pod.topologySpreadConstraints ?? [];
    if (!spread.length) p.push("prod: no topologySpreadConstraints");
    for (const t of spread) if (!matches(t.labelSelector, labels)) p.push(`prod: the topology spread over ${t.topologyKey} does not select the Deployment's own pods`);
  }
  return p;
}

// --- cross-object rules -----------------------------------------------------------------------------------------

function ingressProblems(all) {
  const p = [];
  const ingresses = all.filter((x) => x.kind === "Ingress");
  if (ingresses.length !== 1 || ingresses[0].metadata.name !== "gateway") {
    return [`exactly one Ingress, the gateway's, is allowed; found: ${ingresses.map((x) => x.metadata.name).join(", ") || "none"}`];
  }
  const ing = ingresses[0];
  const backends = [];
  if (ing.spec.defaultBackend) backends.push(ing.spec.defaultBackend);
  for (const r of ing.spec.rules ?? []) for (const path of r.http?.paths ?? []) backends.push(path.backend);
  if (!backends.length) p.push("the Ingress routes nothing");
  for (const b of backends) if (b?.service?.name !== "gateway") p.push(`the Ingress routes to ${b?.service?.name ?? JSON.stringify(b)}, only the gateway is exposed`);
  // /q/metrics and /q/health stay inside the cluster: no path may route them (a Prefix path matches by whole
  // segments, an Exact path only itself; ImplementationSpecific is not allowed, its matching is the controller's)
  if (ing.spec.defaultBackend) p.push("the Ingress has a default backend: it would route /q/metrics and /q/health");
  for (const r of ing.spec.rules ?? []) {
    for (const path of r.http?.paths ?? []) {
      const segments = (path.path ?? "/").split("/").filter(Boolean);
      if (path.pathType === "Prefix") {
        for (const internal of [["q", "metrics"], ["q", "health"]]) {
          if (segments.every((s, i) => s === internal[i])) p.push(`the Ingress path ${path.path} (Prefix) routes /${internal.join("/")}`);
        }
      } else if (path.pathType !== "Exact") {
        p.push(`the Ingress path ${path.path} has pathType ${path.pathType}: only Prefix and Exact are allowed`);
      }
    }
  }
  const a = ing.metadata.annotations ?? {};
  const size = String(a["nginx.ingress.kubernetes.io/proxy-body-size"] ?? "").match(/^(\d+)([kmg]?)$/i);
  const bytes = size ? Number(size[1]) * { "": 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 }[size[2].toLowerCase()] : 0;
  if (!(bytes >= 100 * 1024 ** 2) && size?.[1] !== "0") p.push("nginx proxy-body-size must let a 1,000,000-row upload (about 70 MB) through");
  if (a["nginx.ingress.kubernetes.io/proxy-request-buffering"] !== "off") p.push("nginx proxy-request-buffering must be off (uploads stream)");
  for (const k of ["proxy-read-timeout", "proxy-send-timeout"]) {
    if (!(Number(a[`nginx.ingress.kubernetes.io/${k}`]) >= 120)) p.push(`nginx ${k} must be set (>= 120 s) for large uploads`);
  }
  return p;
}

/** Every ingress peer that reaches pods with these labels: [{peer, ports}] ("any" when a rule has no from). */
function peersOf(policies, labels) {
  const peers = [];
  for (const np of policies) {
    const types = np.spec.policyTypes ?? ["Ingress"];
    if (!types.includes("Ingress") || !matches(np.spec.podSelector ?? {}, labels)) continue;
    for (const rule of np.spec.ingress ?? []) {
      if (!rule.from || rule.from.length === 0) peers.push({ peer: "any", policy: np.metadata.name });
      else for (const peer of rule.from) peers.push({ peer, policy: np.metadata.name, ports: rule.ports });
    }
  }
  return peers;
}

function networkPolicyProblems(all) {
  const p = [];
  const policies = all.filter((x) => x.kind === "NetworkPolicy");
  if (!policies.some((np) => isObj(np.spec.podSelector) && Object.keys(np.spec.podSelector).length === 0 && (np.spec.policyTypes ?? []).includes("Ingress") && !(np.spec.ingress ?? []).length)) {
    p.push("no default-deny ingress policy (podSelector {}, policyTypes [Ingress], no rules)");
  }
  const podLabels = {};
  for (const d of all.filter((x) => x.kind === "Deployment")) podLabels[d.metadata.name] = d.spec.template.metadata?.labels ?? {};
  const suite = SUITE.filter((n) => podLabels[n]);
  const podMatches = (peer, labels) => isObj(peer.podSelector) && !peer.namespaceSelector && matches(peer.podSelector, labels);
  const nsMatches = (peer, ns) => isObj(peer.namespaceSelector) && !peer.podSelector && matches(peer.namespaceSelector, { "kubernetes.io/metadata.name": ns });
  const describe = (x) => (x.peer === "any" ? `anything (policy ${x.policy} has a rule without from)` : `${JSON.stringify(x.peer)} (policy ${x.policy})`);

  // services: from the gateway only
  for (const s of SERVICES.filter((n) => podLabels[n])) {
    const peers = peersOf(policies, podLabels[s]);
    if (!peers.length) p.push(`${s}: nothing may reach it, not even the gateway`);
    for (const x of peers) {
      const ok = x.peer !== "any" && podMatches(x.peer, podLabels.gateway ?? {}) && !suite.some((n) => n !== "gateway" && podMatches(x.peer, podLabels[n]));
      if (!ok) p.push(`${s}: reachable from ${describe(x)}; only the gateway may reach a service`);
    }
  }
  // gateway: from the ingress controller only
  if (podLabels.gateway) {
    const peers = peersOf(policies, podLabels.gateway);
    if (!peers.some((x) => x.peer !== "any" && nsMatches(x.peer, INGRESS_NAMESPACE))) p.push(`gateway: the ingress controller (namespace ${INGRESS_NAMESPACE}) cannot reach it`);
    for (const x of peers) if (x.peer === "any" || !nsMatches(x.peer, INGRESS_NAMESPACE)) p.push(`gateway: reachable from ${describe(x)}; only the ingress controller may reach it`);
  }
  // databases and Keycloak, with the labels their operators give their pods
  const keycloaks = all.filter((x) => x.kind === "Keycloak").map((k) => ({ app: "keycloak", "app.kubernetes.io/instance": k.metadata.name, "app.kubernetes.io/managed-by": "keycloak-operator" }));
  for (const c of all.filter((x) => x.kind === "Cluster")) {
    const labels = { "cnpg.io/cluster": c.metadata.name, "cnpg.io/podRole": "instance" };
    const peers = peersOf(policies, labels).filter((x) => x.peer !== "any" || !p.push(`${c.metadata.name}: reachable from ${describe(x)}`));
    if (!peers.some((x) => nsMatches(x.peer, CNPG_NAMESPACE))) p.push(`${c.metadata.name}: the CloudNativePG operator (namespace ${CNPG_NAMESPACE}) cannot reach its instances`);
    for (const x of peers) {
      if (x.peer.namespaceSelector && !nsMatches(x.peer, CNPG_NAMESPACE)) p.push(`${c.metadata.name}: reachable from ${describe(x)}`);
      if (x.peer.ipBlock) p.push(`${c.metadata.name}: reachable from an ipBlock (${describe(x)})`);
    }
    if (c.metadata.name === "qos-db") {
      for (const n of suite) if (!peers.some((x) => podMatches(x.peer, podLabels[n]))) p.push(`qos-db: ${n} cannot reach the database`);
      for (const k of keycloaks) if (peers.some((x) => podMatches(x.peer, k))) p.push("qos-db: Keycloak can reach the suite's database");
    } else {
      for (const n of suite) if (peers.some((x) => podMatches(x.peer, podLabels[n]))) p.push(`${c.metadata.name}: ${n} can reach it (it is Keycloak's database)`);
    }
  }
  for (const k of keycloaks) {
    const peers = peersOf(policies, k);
    if (!peers.some((x) => x.peer !== "any" && nsMatches(x.peer, INGRESS_NAMESPACE))) p.push(`Keycloak: the ingress controller (namespace ${INGRESS_NAMESPACE}) cannot reach it`);
    for (const n of suite) if (!peers.some((x) => x.peer !== "any" && podMatches(x.peer, podLabels[n]))) p.push(`Keycloak: ${n} cannot reach it (token key discovery)`);
    for (const x of peers) if (x.peer === "any" || x.peer.ipBlock || (x.peer.namespaceSelector && !nsMatches(x.peer, INGRESS_NAMESPACE))) p.push(`Keycloak: reachable from ${describe(x)}`);
  }
  return p;
}

function configProblems(all) {
  const p = [];
  for (const cm of all.filter((x) => x.kind === "ConfigMap")) {
    for (const k of Object.keys(cm.data ?? {})) if (SECRET_LIKE.test(k)) p.push(`ConfigMap ${cm.metadata.name}: ${k} looks like a secret; put it in a Secret`);
  }
  return p;
}

// --- main ---------------------------------------------------------------------------------------------------------

async function checkOverlay(dir, overlay) {
  let all;
  try {
    all = render(dir, overlay);
  } catch (e) {
    report(overlay, `kubectl kustomize k8s/overlays/${overlay}`, [String(e.stderr || e.message).trim().split("\n").slice(0, 5).join(" / ")]);
    return;
  }
  report(overlay, `kubectl kustomize k8s/overlays/${overlay}: ${all.length} objects`, all.length ? [] : ["renders nothing"]);
  for (const o of all) {
    const key = `${o.apiVersion} ${o.kind}`;
    let problems;
    if (CUSTOM.has(key)) {
      problems = isStr(o.metadata?.name) ? [] : ["metadata.name is required"];
      if (o.kind === "Cluster") problems.push(...clusterProblems(o, all, overlay));
      if (o.kind === "Keycloak") problems.push(...keycloakProblems(o));
      if (o.kind === "KeycloakRealmImport") problems.push(...realmImportProblems(o, all, overlay));
    } else {
      problems = await schemaProblems(o);
      if (o.kind === "Deployment") problems.push(...deploymentProblems(o, all, overlay));
    }
    if (o.metadata?.namespace !== "qos" && o.kind !== "Namespace") problems.push(`namespace is ${o.metadata?.namespace}, expected qos`);
    report(overlay, `${id(o)}${CUSTOM.has(key) ? " (custom resource: structural checks)" : ""}`, problems);
  }
  const kinds = (k) => all.filter((x) => x.kind === k).map((x) => x.metadata.name);
  const missing = SUITE.filter((n) => !kinds("Deployment").includes(n) || !kinds("Service").includes(n) || !kinds("ConfigMap").includes(n));
  report(overlay, "every service and the gateway: Deployment, Service, ConfigMap", missing.map((n) => `${n}: missing one of them`));
  const operators = [["Cluster", "qos-db"], ["Keycloak", "qos-keycloak"], ["KeycloakRealmImport", "qos-realm"]].filter(([k, n]) => !kinds(k).includes(n));
  report(overlay, "PostgreSQL (Cluster qos-db), Keycloak and its realm import", operators.map(([k, n]) => `no ${k} ${n}`));
  report(overlay, "only the gateway has an Ingress, sized for large uploads, routing neither /q/metrics nor /q/health", ingressProblems(all));
  report(overlay, "NetworkPolicies: default deny; services <- gateway <- ingress; databases and Keycloak", networkPolicyProblems(all));
  report(overlay, "no secret in a ConfigMap", configProblems(all));
  for (const name of SUITE) {
    const d = all.find((x) => x.kind === "Deployment" && x.metadata.name === name);
    if (d) report(overlay, `${name}: migrations in an init container as the schema's owner, the service as its runtime role`, databaseRoleProblems(d, all));
  }
}

async function main() {
  // The generated realm imports, byte for byte what the generator makes of keycloak/qos-realm.json.
  for (const [file, text] of realmOutputs()) {
    const rel = file.slice(ROOT.length + 1);
    const ok = existsSync(file) && readFileSync(file, "utf8") === text;
    report("all", `${rel} up to date with keycloak/qos-realm.json`, ok ? [] : ["out of date: run node k8s/validate/generate-realm-import.mjs"]);
  }
  const overlays = readdirSync(join(K8S, "overlays"), { withFileTypes: true })
    .filter((e) => e.isDirectory() && existsSync(join(K8S, "overlays", e.name, "kustomization.yaml")))
    .map((e) => e.name)
    .sort();
  report("all", `overlays: ${overlays.join(", ")}`, ["dev", "prod"].filter((o) => !overlays.includes(o)).map((o) => `overlay ${o} is missing`));
  const dir = scratchCopy();
  try {
    for (const overlay of overlays) await checkOverlay(dir, overlay);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  console.log(`k8s: ${passed} passed, ${failed} failed`);
  return failed === 0 ? 0 : 1;
}

process.exitCode = await main().catch((e) => {
  console.log(`FAIL  all   the check itself: ${e.stack ?? e}`);
  console.log(`k8s: ${passed} passed, ${failed + 1} failed`);
  return 1;
});
