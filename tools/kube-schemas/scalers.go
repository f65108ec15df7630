package main

import (
	"fmt"
	"os"
	"regexp"
	"strings"
)

// A trigger's metadata is a free map in KEDA's CRD; each scaler reads its keys from the struct tags of its
// metadata type (`keda:"name=taskQueue, order=triggerMetadata;resolvedEnv"`). Read from the scaler's source,
// those keys close the map for that trigger type, so a misspelt key fails here rather than at KEDA's runtime.
var kedaTag = regexp.MustCompile("keda:\"name=([A-Za-z0-9]+),\\s*order=([A-Za-z;]+)")

// triggerMetadataKeys lists the keys a scaler reads from a trigger's metadata (with their ...FromEnv forms).
func triggerMetadataKeys(scalerSource string) ([]string, error) {
	data, err := os.ReadFile(scalerSource)
	if err != nil {
		return nil, err
	}
	var keys []string
	for _, match := range kedaTag.FindAllStringSubmatch(string(data), -1) {
		orders := strings.Split(match[2], ";")
		if orders[0] != "triggerMetadata" {
			continue
		}
		keys = append(keys, match[1])
		for _, order := range orders[1:] {
			if order == "resolvedEnv" {
				keys = append(keys, match[1]+"FromEnv")
			}
		}
	}
	if len(keys) == 0 {
		return nil, fmt.Errorf("%s: no trigger metadata keys found", scalerSource)
	}
	return keys, nil
}

// triggerClosers reads each `type=source` scaler and returns what closes its triggers in a ScaledObject schema.
func triggerClosers(scalers []string) (map[string]func(map[string]any) error, error) {
	closers := map[string]func(map[string]any) error{}
	for _, scaler := range scalers {
		triggerType, source, ok := strings.Cut(scaler, "=")
		if !ok {
			return nil, fmt.Errorf("-keda-scaler %q: expected type=path", scaler)
		}
		keys, err := triggerMetadataKeys(source)
		if err != nil {
			return nil, err
		}
		closers[triggerType] = func(schema map[string]any) error { return closeTriggerMetadata(schema, triggerType, keys) }
	}
	return closers, nil
}

// closeTriggerMetadata narrows the ScaledObject schema's triggers: a trigger of that type admits only those keys.
func closeTriggerMetadata(schema map[string]any, triggerType string, keys []string) error {
	items, ok := dig(schema, "properties", "spec", "properties", "triggers", "items")
	if !ok {
		return fmt.Errorf("the schema has no spec.triggers")
	}
	properties := map[string]any{}
	for _, key := range keys {
		properties[key] = map[string]any{"type": "string"}
	}
	// Either another trigger type, or this one with only its keys (kubeconform reads schemas as draft 4: no if/then).
	rule := map[string]any{"anyOf": []any{
		map[string]any{"properties": map[string]any{"type": map[string]any{"not": map[string]any{"enum": []any{triggerType}}}}},
		map[string]any{"properties": map[string]any{"metadata": map[string]any{"properties": properties, "additionalProperties": false}}},
	}}
	existing, _ := items["allOf"].([]any)
	items["allOf"] = append(existing, rule)
	return nil
}

func dig(node map[string]any, path ...string) (map[string]any, bool) {
	for _, key := range path {
		child, ok := node[key].(map[string]any)
		if !ok {
			return nil, false
		}
		node = child
	}
	return node, true
}
