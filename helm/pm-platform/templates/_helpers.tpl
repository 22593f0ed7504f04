{{/* Chart name, truncated to the 63-char DNS label limit. */}}
{{- define "pm-platform.name" -}}
{{- default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{/* Fully qualified app name (release-based unless overridden). */}}
{{- define "pm-platform.fullname" -}}
{{- if .Values.fullnameOverride -}}
{{- .Values.fullnameOverride | trunc 63 | trimSuffix "-" -}}
{{- else -}}
{{- $name := default .Chart.Name .Values.nameOverride -}}
{{- if contains $name .Release.Name -}}
{{- .Release.Name | trunc 63 | trimSuffix "-" -}}
{{- else -}}
{{- printf "%s-%s" .Release.Name $name | trunc 63 | trimSuffix "-" -}}
{{- end -}}
{{- end -}}
{{- end -}}

{{- define "pm-platform.chart" -}}
{{- printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{/*
Name of one deployable's resources: <fullname>-<component>.
Call with (dict "root" $ "name" "tickets").
*/}}
{{- define "pm-platform.componentName" -}}
{{- printf "%s-%s" (include "pm-platform.fullname" .root) .name | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{/* Labels common to every resource. */}}
{{- define "pm-platform.labels" -}}
helm.sh/chart: {{ include "pm-platform.chart" . }}
app.kubernetes.io/name: {{ include "pm-platform.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
app.kubernetes.io/part-of: pm-platform
{{- end -}}

{{/* Selector labels of one deployable. Call with (dict "root" $ "name" "tickets"). */}}
{{- define "pm-platform.selectorLabels" -}}
app.kubernetes.io/name: {{ include "pm-platform.name" .root }}
app.kubernetes.io/instance: {{ .root.Release.Name }}
app.kubernetes.io/component: {{ .name }}
{{- end -}}

{{/* All labels of one deployable. Call with (dict "root" $ "name" "tickets"). */}}
{{- define "pm-platform.componentLabels" -}}
{{ include "pm-platform.labels" .root }}
app.kubernetes.io/component: {{ .name }}
{{- end -}}

{{- define "pm-platform.image" -}}
{{- $repo := required "image.repository is required" .Values.image.repository -}}
{{- printf "%s:%s" $repo (default .Chart.AppVersion .Values.image.tag) -}}
{{- end -}}

{{- define "pm-platform.configMapName" -}}
{{- printf "%s-env" (include "pm-platform.fullname" .) | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{/* KEYCLOAK_CELLS value: "name=url,name2=url2", sorted by name (Go templates range maps in key order). */}}
{{- define "pm-platform.keycloakCells" -}}
{{- $parts := list -}}
{{- range $name, $url := .Values.external.keycloakCells -}}
{{- $parts = append $parts (printf "%s=%s" $name $url) -}}
{{- end -}}
{{- join "," $parts -}}
{{- end -}}

{{/* Env var name for a subgraph URL: tickets -> SUBGRAPH_TICKETS_URL. */}}
{{- define "pm-platform.subgraphEnvName" -}}
{{- printf "SUBGRAPH_%s_URL" (. | upper | replace "-" "_") -}}
{{- end -}}

{{/* INTERNAL_SECRET and DOCUMENT_LINK_SECRET from the existing Secret (every deployable). */}}
{{- define "pm-platform.internalSecretEnv" -}}
- name: INTERNAL_SECRET
  valueFrom:
    secretKeyRef:
      name: {{ required "secrets.internal.name is required" .Values.secrets.internal.name }}
      key: {{ required "secrets.internal.key is required" .Values.secrets.internal.key }}
- name: DOCUMENT_LINK_SECRET
  valueFrom:
    secretKeyRef:
      name: {{ .Values.secrets.internal.name }}
      key: {{ default "DOCUMENT_LINK_SECRET" .Values.secrets.internal.documentLinkKey }}
{{- end -}}

{{- define "pm-platform.podSecurityContext" -}}
{{- toYaml .Values.podSecurityContext -}}
{{- end -}}

{{- define "pm-platform.containerSecurityContext" -}}
{{- toYaml .Values.containerSecurityContext -}}
{{- end -}}

{{/* /tmp volume (the root filesystem is read-only). */}}
{{- define "pm-platform.tmpVolume" -}}
- name: tmp
  emptyDir:
    sizeLimit: {{ .Values.tmpSizeLimit }}
{{- end -}}

{{- define "pm-platform.tmpVolumeMount" -}}
- name: tmp
  mountPath: /tmp
{{- end -}}

{{- define "pm-platform.imagePullSecrets" -}}
{{- with .Values.imagePullSecrets }}
imagePullSecrets:
{{- toYaml . | nindent 2 }}
{{- end }}
{{- end -}}
