package main

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"

	"sigs.k8s.io/yaml"
)

type customResourceDefinition struct {
	Kind string `json:"kind"`
	Spec struct {
		Group string `json:"group"`
		Names struct {
			Kind string `json:"kind"`
		} `json:"names"`
		Versions []struct {
			Name   string `json:"name"`
			Schema struct {
				OpenAPIV3Schema map[string]any `json:"openAPIV3Schema"`
			} `json:"schema"`
		} `json:"versions"`
	} `json:"spec"`
}

// writeCRDSchemas writes the schema of every version of the CustomResourceDefinitions in one YAML file, strict
// down from the root (a misspelt `spec` is caught too). A ScaledObject's triggers are closed by the scalers given.
func writeCRDSchemas(file, dir string, triggerClosers map[string]func(map[string]any) error) (int, error) {
	data, err := os.ReadFile(file)
	if err != nil {
		return 0, err
	}
	written := 0
	for _, document := range bytes.Split(data, []byte("\n---")) {
		var crd customResourceDefinition
		if err := yaml.Unmarshal(document, &crd); err != nil {
			return written, fmt.Errorf("%s: %w", file, err)
		}
		if crd.Kind != "CustomResourceDefinition" {
			continue
		}
		for _, version := range crd.Spec.Versions {
			if version.Schema.OpenAPIV3Schema == nil {
				continue
			}
			schema := strict(version.Schema.OpenAPIV3Schema).(map[string]any)
			if crd.Spec.Names.Kind == "ScaledObject" {
				for _, closeTriggers := range triggerClosers {
					if err := closeTriggers(schema); err != nil {
						return written, fmt.Errorf("%s: %w", file, err)
					}
				}
			}
			path := filepath.Join(dir, fileName(crd.Spec.Names.Kind, crd.Spec.Group, version.Name))
			if err := writeJSON(path, schema); err != nil {
				return written, err
			}
			written++
		}
	}
	if written == 0 {
		return 0, fmt.Errorf("%s holds no CustomResourceDefinition with a schema", file)
	}
	return written, nil
}
