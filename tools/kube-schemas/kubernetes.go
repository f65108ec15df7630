package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

const definitionsRef = "#/definitions/"

// writeKubernetesSchemas writes one schema per kind the OpenAPI document names (x-kubernetes-group-version-kind),
// each standalone: the kind's definition with the definitions it reaches, strict.
func writeKubernetesSchemas(swaggerFile, dir string) (int, error) {
	data, err := os.ReadFile(swaggerFile)
	if err != nil {
		return 0, err
	}
	var document struct {
		Definitions map[string]map[string]any `json:"definitions"`
	}
	if err := json.Unmarshal(data, &document); err != nil {
		return 0, fmt.Errorf("%s: %w", swaggerFile, err)
	}
	if len(document.Definitions) == 0 {
		return 0, fmt.Errorf("%s holds no definitions", swaggerFile)
	}
	definitions := map[string]any{}
	for name, definition := range document.Definitions {
		definitions[name] = kubernetesDefinition(name, definition)
	}
	names := make([]string, 0, len(definitions))
	for name := range definitions {
		names = append(names, name)
	}
	sort.Strings(names)
	written := 0
	for _, name := range names {
		kinds, _ := document.Definitions[name]["x-kubernetes-group-version-kind"].([]any)
		for _, k := range kinds {
			gvk, _ := k.(map[string]any)
			group, _ := gvk["group"].(string)
			version, _ := gvk["version"].(string)
			kind, _ := gvk["kind"].(string)
			schema := map[string]any{}
			for key, value := range definitions[name].(map[string]any) {
				schema[key] = value
			}
			schema["definitions"] = reachable(definitions[name], definitions)
			if err := writeJSON(filepath.Join(dir, fileName(kind, group, version)), schema); err != nil {
				return written, err
			}
			written++
		}
	}
	return written, nil
}

// kubernetesDefinition makes one definition a JSON schema as the API server reads manifests: strict objects,
// and the two types the document writes as strings though YAML gives numbers (int-or-string, quantities).
func kubernetesDefinition(name string, definition map[string]any) any {
	if strings.HasSuffix(name, ".api.resource.Quantity") {
		return map[string]any{"oneOf": []any{map[string]any{"type": "string"}, map[string]any{"type": "number"}}}
	}
	return strict(definition)
}

// strict forbids unknown properties wherever an object lists its properties, and reads int-or-string as either.
func strict(node any) any {
	switch value := node.(type) {
	case map[string]any:
		if value["format"] == "int-or-string" || value["x-kubernetes-int-or-string"] == true {
			return map[string]any{"oneOf": []any{map[string]any{"type": "string"}, map[string]any{"type": "integer"}}}
		}
		copied := map[string]any{}
		for key, child := range value {
			copied[key] = strict(child)
		}
		_, lists := value["properties"]
		_, open := value["additionalProperties"]
		if lists && !open && value["x-kubernetes-preserve-unknown-fields"] != true {
			copied["additionalProperties"] = false
		}
		return copied
	case []any:
		copied := make([]any, len(value))
		for i, child := range value {
			copied[i] = strict(child)
		}
		return copied
	default:
		return node
	}
}

// reachable collects the definitions a schema refers to, transitively.
func reachable(schema any, definitions map[string]any) map[string]any {
	found := map[string]any{}
	var walk func(node any)
	walk = func(node any) {
		switch value := node.(type) {
		case map[string]any:
			if ref, ok := value["$ref"].(string); ok && strings.HasPrefix(ref, definitionsRef) {
				name := strings.TrimPrefix(ref, definitionsRef)
				if _, seen := found[name]; !seen {
					found[name] = definitions[name]
					walk(definitions[name])
				}
			}
			for _, child := range value {
				walk(child)
			}
		case []any:
			for _, child := range value {
				walk(child)
			}
		}
	}
	walk(schema)
	return found
}
