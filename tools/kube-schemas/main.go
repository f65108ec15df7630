// Command kube-schemas writes the JSON schemas kubeconform validates manifests against, offline.
// kubeconform downloads them from GitHub by default; here they are derived from sources the Go module
// proxy serves: Kubernetes' own OpenAPI document (k8s.io/kubernetes api/openapi-spec/swagger.json) and
// the CustomResourceDefinitions of the operators the manifests use (KEDA's ScaledObject).
//
// The output follows kubeconform's default layout, so `-schema-location <out>` finds them:
// <out>/v<version>-standalone-strict/<kind>[-<group>]-<version>.json. "Strict" as kubectl's validation:
// an object that lists its properties admits no other one, so a misspelt field is an error.
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

type repeated []string

func (r *repeated) String() string     { return strings.Join(*r, ",") }
func (r *repeated) Set(v string) error { *r = append(*r, v); return nil }

func main() {
	swagger := flag.String("swagger", "", "Kubernetes' swagger.json (k8s.io/kubernetes/api/openapi-spec/swagger.json)")
	version := flag.String("kubernetes-version", "", "the Kubernetes version of that document, e.g. 1.35.4")
	out := flag.String("out", "", "the schema folder to write")
	var crds, scalers repeated
	flag.Var(&crds, "crd", "a CustomResourceDefinition YAML file (repeatable)")
	flag.Var(&scalers, "keda-scaler", "type=path of a KEDA scaler's Go source, whose metadata keys close that trigger type (repeatable)")
	flag.Parse()
	if *swagger == "" || *version == "" || *out == "" {
		flag.Usage()
		os.Exit(2)
	}
	dir := filepath.Join(*out, "v"+*version+"-standalone-strict")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		fail(err)
	}
	written, err := writeKubernetesSchemas(*swagger, dir)
	if err != nil {
		fail(err)
	}
	closers, err := triggerClosers(scalers)
	if err != nil {
		fail(err)
	}
	for _, file := range crds {
		n, err := writeCRDSchemas(file, dir, closers)
		if err != nil {
			fail(err)
		}
		written += n
	}
	fmt.Printf("%d schemas written to %s\n", written, dir)
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "kube-schemas:", err)
	os.Exit(1)
}

// fileName is kubeconform's: the kind, the group's first label (none for the core group), the version.
func fileName(kind, group, version string) string {
	name := strings.ToLower(kind)
	if group != "" {
		name += "-" + strings.ToLower(strings.Split(group, ".")[0])
	}
	return name + "-" + strings.ToLower(version) + ".json"
}

func writeJSON(path string, value any) error {
	data, err := json.Marshal(value)
	if err != nil {
		return err
	}
	return os.WriteFile(path, data, 0o644)
}
