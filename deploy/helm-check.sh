#!/usr/bin/env bash
# Lint and render helm/pm-platform with a real Helm, without Docker, a cluster or a
# helm binary: Helm's Go code comes as a shared library inside helm-java's native jar
# (Maven Central, com.marcnuri.helm-java), driven by a small Java program below.
#
#   deploy/helm-check.sh            # needs java >= 17 and mvn on PATH
#
# Steps, each a pass/fail line, summary at the end, non-zero exit on any failure:
#   1. helm lint --strict with values.yaml and with values.yaml + values-production.yaml
#      (helm-java's lint takes no values files, so the second lint runs on a temp copy
#      of the chart whose values.yaml is the two files merged the way Helm merges them)
#   2. helm template with each values set, output parsed as YAML (PyYAML, with checks
#      on the rendered objects; without PyYAML, node checks that output is non-empty),
#      and NOTES.txt rendered through a client-only `install --dry-run`. helm-java's
#      template leaves hooks out, so it renders a temp copy of the chart in which the
#      hook annotation is renamed helm-check.local/hook: the migrate Job is then checked
#      too (in $HELM_CHECK_OUT it carries that renamed annotation).
#   3. helm template with an invalid values file must fail (values.schema.json is enforced)
#   4. the rendered objects against the Kubernetes OpenAPI schemas (npm kubernetes-models,
#      installed into the cache; skipped when npm is absent)
#
# Downloads (Maven and npm) are cached outside the repo in $PM_HELM_JAVA_CACHE
# (default ~/.cache/pm-platform/helm-java). Rendered manifests go to $HELM_CHECK_OUT
# (default: a temp dir, printed). Not part of `npm test`: a check for the chart's CI.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
CHART="$ROOT/helm/pm-platform"
CACHE="${PM_HELM_JAVA_CACHE:-$HOME/.cache/pm-platform/helm-java}"
HELM_JAVA_VERSION="${HELM_JAVA_VERSION:-0.0.21}" # bundles Helm v3.21.0
SNAKEYAML_VERSION="${SNAKEYAML_VERSION:-2.7}"
KUBE_VERSION="${KUBE_VERSION:-1.30.0}"
RELEASE="${HELM_CHECK_RELEASE:-pm-platform}"
NAMESPACE="${HELM_CHECK_NAMESPACE:-pm-platform}"
OUT="${HELM_CHECK_OUT:-$(mktemp -d "${TMPDIR:-/tmp}/pm-helm-check.XXXXXX")}"

for tool in java javac mvn; do
  command -v "$tool" >/dev/null || { echo "helm-check: '$tool' not found (needs JDK 17+ and Maven)" >&2; exit 2; }
done

TOOL="$CACHE/tool-$HELM_JAVA_VERSION"
mkdir -p "$TOOL/src" "$TOOL/classes" "$OUT"

cat >"$TOOL/pom.xml.new" <<EOF
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>local.pm-platform</groupId>
  <artifactId>helm-check</artifactId>
  <version>0</version>
  <dependencies>
    <!-- pulls com.marcnuri.helm-java:linux-amd64 (or the matching OS/arch jar) by profile -->
    <dependency><groupId>com.marcnuri.helm-java</groupId><artifactId>helm-java</artifactId><version>$HELM_JAVA_VERSION</version></dependency>
    <dependency><groupId>org.yaml</groupId><artifactId>snakeyaml</artifactId><version>$SNAKEYAML_VERSION</version></dependency>
  </dependencies>
</project>
EOF

cat >"$TOOL/src/HelmCheck.java" <<'EOF'
import com.marcnuri.helm.Helm;
import com.marcnuri.helm.InstallCommand;
import com.marcnuri.helm.LintResult;
import com.marcnuri.helm.TemplateCommand;
import java.io.IOException;
import java.nio.file.*;
import java.util.*;
import java.util.stream.Stream;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/** version | lint CHART [VALUES...] | template|notes CHART RELEASE NAMESPACE KUBEVERSION [VALUES...] */
public class HelmCheck {
  public static void main(String[] a) throws Exception {
    switch (a[0]) {
      case "version" -> System.out.println(Helm.version().call());
      case "lint" -> System.exit(lint(Path.of(a[1]), Arrays.stream(a).skip(2).map(Path::of).toList()));
      case "template" -> {
        // helm-java returns the release manifest without hooks, so render a copy of the
        // chart whose hook annotation is renamed: the migrate Job then shows up in the
        // output, annotated helm-check.local/hook with the original hook list.
        Path copy = Files.createTempDirectory("helm-template").resolve(Path.of(a[1]).getFileName());
        copyTree(Path.of(a[1]), copy);
        try (Stream<Path> s = Files.walk(copy.resolve("templates"))) {
          for (Path p : (Iterable<Path>) s::iterator)
            if (Files.isRegularFile(p))
              Files.writeString(p, Files.readString(p).replace("\"helm.sh/hook\":", "\"helm-check.local/hook\":"));
        }
        TemplateCommand t = new Helm(copy).template()
            .withName(a[2]).withNamespace(a[3]).withKubeVersion(a[4]);
        for (int i = 5; i < a.length; i++) t = t.withValuesFile(Path.of(a[i]));
        int rc = 0;
        try {
          System.out.print(t.call());
        } catch (RuntimeException e) {
          System.err.println(e.getMessage());
          rc = 1;
        } finally {
          deleteTree(copy.getParent());
        }
        System.exit(rc);
      }
      case "notes" -> { // NOTES.txt as `helm install --dry-run` (client only) renders it
        InstallCommand i = new Helm(Path.of(a[1])).install().withName(a[2]).withNamespace(a[3])
            .withKubeVersion(a[4]).dryRun().clientOnly();
        for (int k = 5; k < a.length; k++) i = i.withValuesFile(Path.of(a[k]));
        try {
          String out = i.call().getOutput();
          int at = out.indexOf("NOTES:");
          if (at < 0) { System.err.println("no NOTES in install output"); System.exit(1); }
          System.out.print(out.substring(at + "NOTES:".length()).stripLeading());
        } catch (RuntimeException e) {
          System.err.println(e.getMessage());
          System.exit(1);
        }
      }
      default -> { System.err.println("unknown command " + a[0]); System.exit(2); }
    }
  }

  static int lint(Path chart, List<Path> values) throws IOException {
    Path dir = chart;
    if (!values.isEmpty()) { // lint a copy whose values.yaml = values.yaml merged with the given files
      dir = Files.createTempDirectory("helm-lint").resolve(chart.getFileName());
      copyTree(chart, dir);
      Yaml yaml = new Yaml();
      Map<String, Object> merged = load(yaml, chart.resolve("values.yaml"));
      for (Path v : values) merged = coalesce(merged, load(yaml, v));
      DumperOptions o = new DumperOptions();
      o.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
      Files.writeString(dir.resolve("values.yaml"), new Yaml(o).dump(merged));
    }
    try {
      LintResult r = new Helm(dir).lint().strict().call();
      r.getMessages().forEach(m -> System.out.println("  " + m));
      return r.isFailed() ? 1 : 0;
    } finally {
      if (dir != chart) deleteTree(dir.getParent());
    }
  }

  static void deleteTree(Path root) throws IOException {
    try (Stream<Path> s = Files.walk(root)) {
      for (Path p : (Iterable<Path>) s.sorted(Comparator.reverseOrder())::iterator) Files.deleteIfExists(p);
    }
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> load(Yaml yaml, Path p) throws IOException {
    Object o = yaml.load(Files.readString(p));
    return o == null ? new LinkedHashMap<>() : (Map<String, Object>) o;
  }

  /** Helm's merge of values files: maps merge deeply, anything else replaces, null deletes. */
  @SuppressWarnings("unchecked")
  static Map<String, Object> coalesce(Map<String, Object> base, Map<String, Object> over) {
    Map<String, Object> out = new LinkedHashMap<>(base);
    over.forEach((k, v) -> {
      if (v == null) out.remove(k);
      else if (v instanceof Map && out.get(k) instanceof Map)
        out.put(k, coalesce((Map<String, Object>) out.get(k), (Map<String, Object>) v));
      else out.put(k, v);
    });
    return out;
  }

  static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> s = Files.walk(from)) {
      for (Path p : (Iterable<Path>) s::iterator) {
        Path t = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) Files.createDirectories(t);
        else Files.copy(p, t, StandardCopyOption.REPLACE_EXISTING);
      }
    }
  }
}
EOF

# Resolve (and download on first use) the classpath when the pom changed or a jar is gone.
classpath_ok() {
  cmp -s "$TOOL/pom.xml.new" "$TOOL/pom.xml" 2>/dev/null && [ -s "$TOOL/cp.txt" ] || return 1
  local jars jar
  IFS=: read -ra jars <"$TOOL/cp.txt" || true
  for jar in "${jars[@]}"; do [ -f "$jar" ] || return 1; done
}
if ! classpath_ok; then
  mv "$TOOL/pom.xml.new" "$TOOL/pom.xml"
  echo "helm-check: resolving helm-java $HELM_JAVA_VERSION from Maven Central into $CACHE/m2 ..."
  mvn -B -q -f "$TOOL/pom.xml" -Dmaven.repo.local="$CACHE/m2" \
    dependency:build-classpath -Dmdep.outputFile="$TOOL/cp.txt" >"$TOOL/mvn.log" 2>&1 \
    || { cat "$TOOL/mvn.log" >&2; echo "helm-check: could not resolve helm-java" >&2; exit 2; }
  rm -f "$TOOL/classes/HelmCheck.class"
else
  rm -f "$TOOL/pom.xml.new"
fi
CP="$(cat "$TOOL/cp.txt")"
if [ ! -f "$TOOL/classes/HelmCheck.class" ] || [ "$TOOL/src/HelmCheck.java" -nt "$TOOL/classes/HelmCheck.class" ]; then
  javac -nowarn -cp "$CP" -d "$TOOL/classes" "$TOOL/src/HelmCheck.java"
fi
helmj() { java -cp "$TOOL/classes:$CP" HelmCheck "$@"; }

# YAML check of rendered manifests (stdin). With PyYAML: parse every document and
# assert the chart's invariants; without it: node, no deps, only "non-empty, has kinds".
read -r -d '' PY_YAML_CHECK <<'PY' || true
import sys, yaml
label = sys.argv[1]
docs = [d for d in yaml.safe_load_all(sys.stdin) if d is not None]
errors = []
def err(m): errors.append(m)
if not docs: err("no documents rendered")
kinds = {}
for d in docs:
    for f in ("apiVersion", "kind", "metadata"):
        if f not in d: err(f"document without {f}: {str(d)[:80]}")
    name = d.get("metadata", {}).get("name", "")
    if not name or len(name) > 63: err(f"bad metadata.name {name!r}")
    kinds.setdefault(d["kind"], []).append(d)
    if d["kind"] in ("Deployment", "Job", "Pod"):
        pod = d["spec"]["template"]["spec"] if d["kind"] != "Pod" else d["spec"]
        psc = pod.get("securityContext", {})
        if psc.get("runAsNonRoot") is not True: err(f"{name}: pod runAsNonRoot")
        for c in pod["containers"]:
            sc = c.get("securityContext", {})
            if sc.get("readOnlyRootFilesystem") is not True: err(f"{name}: readOnlyRootFilesystem")
            if sc.get("allowPrivilegeEscalation") is not False: err(f"{name}: allowPrivilegeEscalation")
            if "ALL" not in sc.get("capabilities", {}).get("drop", []): err(f"{name}: capabilities.drop ALL")
            if d["kind"] == "Deployment":
                if c.get("livenessProbe", {}).get("httpGet", {}).get("path") != "/health": err(f"{name}: liveness /health")
                if c.get("readinessProbe", {}).get("httpGet", {}).get("path") != "/ready": err(f"{name}: readiness /ready")
            for e in c.get("env", []):
                if e["name"] in ("INTERNAL_SECRET", "DATABASE_URL", "RELAY_DATABASE_URL", "KEYCLOAK_ADMIN_PASSWORD", "PG_ADMIN_URL", "PG_APP_PASSWORD", "PG_RELAY_PASSWORD", "NATS_PASSWORD", "CUSTOMER_DATA_KEY", "SMOKE_PASSWORD") and "valueFrom" not in e:
                    err(f"{name}: {e['name']} must come from a Secret")
if "Secret" in kinds: err("chart must not render Secrets")
deps = {d["metadata"]["labels"]["app.kubernetes.io/component"] for d in kinds.get("Deployment", [])}
for k in ("Service", "PodDisruptionBudget"):
    got = {d["metadata"]["labels"]["app.kubernetes.io/component"] for d in kinds.get(k, [])}
    if got != deps: err(f"{k} components {sorted(got)} != Deployment components {sorted(deps)}")
jobs = kinds.get("Job", [])
hooks = jobs[0]["metadata"].get("annotations", {}).get("helm-check.local/hook", "") if len(jobs) == 1 else ""
if sorted(hooks.split(",")) != ["pre-install", "pre-upgrade"]:
    err("expected one migrate Job, hook pre-install,pre-upgrade")
tests = [p for p in kinds.get("Pod", []) if p["metadata"].get("annotations", {}).get("helm-check.local/hook") == "test"]
if len(tests) != 1: err("expected one `helm test` Pod")
# Every pod of the release is covered by a NetworkPolicy when they are enabled.
if "NetworkPolicy" in kinds:
    covered = {n["spec"]["podSelector"].get("matchLabels", {}).get("app.kubernetes.io/component") for n in kinds["NetworkPolicy"]}
    if not deps <= covered: err(f"no NetworkPolicy for {sorted(deps - covered)}")
summary = ", ".join(f"{k} {len(v)}" for k, v in sorted(kinds.items()))
if errors:
    print(f"  {label}: " + "\n  ".join(errors)); sys.exit(1)
print(f"  {label}: {len(docs)} documents ({summary})")
PY
yaml_check() {
  local label="$1"
  if python3 -c 'import yaml' 2>/dev/null; then
    python3 -c "$PY_YAML_CHECK" "$label"
  else
    node -e '
      let s = ""; process.stdin.on("data", (c) => (s += c)).on("end", () => {
        const kinds = (s.match(/^kind: \S+/gm) || []).length;
        if (!s.trim() || kinds === 0) { console.log("  " + process.argv[1] + ": empty render"); process.exit(1); }
        console.log("  " + process.argv[1] + ": " + kinds + " objects (PyYAML absent: YAML not parsed)");
      });' "$label"
  fi
}

passed=0 failed=0
step() { # step NAME CMD...
  local name="$1"; shift
  if "$@"; then echo "PASS $name"; passed=$((passed + 1)); else echo "FAIL $name"; failed=$((failed + 1)); fi
}
render() { # render LABEL VALUES...   (manifests + NOTES.txt)
  local label="$1"; shift
  helmj template "$CHART" "$RELEASE" "$NAMESPACE" "$KUBE_VERSION" "$@" >"$OUT/$label.yaml" \
    && yaml_check "$label" <"$OUT/$label.yaml" \
    && helmj notes "$CHART" "$RELEASE" "$NAMESPACE" "$KUBE_VERSION" "$@" >"$OUT/$label-NOTES.txt" \
    && grep -q 'EXTERNAL services' "$OUT/$label-NOTES.txt" \
    && echo "  $label: NOTES.txt rendered ($(wc -l <"$OUT/$label-NOTES.txt") lines)"
}
must_fail() { # the chart must refuse a bad values file
  local bad="$OUT/bad-values.yaml"
  printf 'services:\n  gateway:\n    port: "not-a-port"\n' >"$bad"
  if helmj template "$CHART" "$RELEASE" "$NAMESPACE" "$KUBE_VERSION" "$bad" >/dev/null 2>"$OUT/bad-values.err"; then
    echo "  invalid values were accepted"; return 1
  fi
  grep -q "values don't meet the specifications of the schema" "$OUT/bad-values.err" \
    || { echo "  failed, but not on the values schema:"; head -c 400 "$OUT/bad-values.err"; return 1; }
  echo "  rejected by values.schema.json: $(grep -m1 -o "/services/gateway/port.*" "$OUT/bad-values.err")"
}

# Kubernetes OpenAPI schema check of the rendered objects (types, required fields,
# enums; unknown fields are not flagged), with the schemas the npm package
# kubernetes-models ships, installed into the cache. Skipped without npm.
K8S="$CACHE/k8s-models"
KUBERNETES_MODELS_VERSION="${KUBERNETES_MODELS_VERSION:-5.1.0}"
YAML_JS_VERSION="${YAML_JS_VERSION:-2.9.1}"
k8s_models_ready() {
  command -v npm >/dev/null || return 1
  mkdir -p "$K8S"
  local have=""
  [ -f "$K8S/node_modules/kubernetes-models/package.json" ] \
    && have="$(node -p 'require(process.argv[1]).version' "$K8S/node_modules/kubernetes-models/package.json")"
  if [ "$have" != "$KUBERNETES_MODELS_VERSION" ] || [ ! -d "$K8S/node_modules/yaml" ]; then
    printf '{ "private": true }\n' >"$K8S/package.json"
    (cd "$K8S" && npm install --no-audit --no-fund --save-exact \
      "kubernetes-models@$KUBERNETES_MODELS_VERSION" "yaml@$YAML_JS_VERSION") >"$K8S/npm.log" 2>&1 \
      || { cat "$K8S/npm.log" >&2; return 1; }
  fi
  cat >"$K8S/validate.mjs" <<'JS'
import { readFileSync } from "node:fs";
import { parseAllDocuments } from "yaml";
const [file, label] = process.argv.slice(2);
const docs = parseAllDocuments(readFileSync(file, "utf8")).map((d) => d.toJS()).filter(Boolean);
let bad = 0;
for (const obj of docs) {
  const [group, version] = obj.apiVersion.includes("/") ? obj.apiVersion.split("/") : ["", obj.apiVersion];
  let Model;
  if (!obj.apiVersion.includes(".k8s.io/") && obj.apiVersion.includes(".")) {
    // a CRD (e.g. monitoring.coreos.com ServiceMonitor): kubernetes-models has no schema for it
    console.log(`  ${obj.kind}/${obj.metadata?.name}: custom resource ${obj.apiVersion}, not validated`);
    continue;
  }
  try {
    const mod = await import(`kubernetes-models/${group ? group + "/" : ""}${version}/${obj.kind}`);
    Model = mod[obj.kind] ?? mod.default;
  } catch {
    bad++; console.log(`  unknown kind ${obj.apiVersion} ${obj.kind}`); continue;
  }
  try { new Model(obj).validate(); } catch (e) { bad++; console.log(`  ${obj.kind}/${obj.metadata?.name}: ${e.message}`); }
}
console.log(`  ${label}: ${docs.length - bad}/${docs.length} objects valid against the Kubernetes schemas`);
process.exit(bad || !docs.length ? 1 : 0);
JS
}
k8s_schema() { node "$K8S/validate.mjs" "$OUT/$1.yaml" "$1"; }

echo "helm-check: Helm $(helmj version) (helm-java $HELM_JAVA_VERSION), kube $KUBE_VERSION, output in $OUT"
step "lint values.yaml" helmj lint "$CHART"
step "lint values.yaml + values-production.yaml" helmj lint "$CHART" "$CHART/values-production.yaml"
step "template values.yaml" render default "$CHART/values.yaml"
step "template values.yaml + values-production.yaml" render production "$CHART/values.yaml" "$CHART/values-production.yaml"
step "schema rejects invalid values" must_fail
if k8s_models_ready; then
  step "kubernetes schemas: values.yaml" k8s_schema default
  step "kubernetes schemas: values.yaml + values-production.yaml" k8s_schema production
else
  echo "SKIP kubernetes schemas (needs npm to install kubernetes-models into $K8S)"
fi
echo "helm-check: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
