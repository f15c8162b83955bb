package core_test

import (
	"encoding/json"
	"math"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	"github.com/rollcall-avs/rollcall/core"
)

const (
	hashA = "0x00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff"
	hashB = "0xffeeddccbbaa99887766554433221100ffeeddccbbaa99887766554433221100"

	validClaimJSON      = `{"chainId":"10","blockNumber":"123","blockHash":"` + hashA + `","stateRoot":"` + hashB + `"}`
	validCheckpointJSON = `{"round":"7","referenceBlock":"19000000","claimsRoot":"` + hashA + `"}`
)

func TestClaimJSON(t *testing.T) {
	want := core.Claim{ChainID: 10, BlockNumber: 123, BlockHash: common.HexToHash(hashA), StateRoot: common.HexToHash(hashB)}
	out, err := json.Marshal(want)
	require.NoError(t, err)
	require.Equal(t, validClaimJSON, string(out))

	var got core.Claim
	require.NoError(t, json.Unmarshal([]byte(validClaimJSON), &got))
	require.Equal(t, want, got)

	// Whitespace, field order and hex case are free on input.
	loose := "{ \"stateRoot\" : \"" + strings.ToUpper(hashB[2:]) + "\",\n\"blockHash\":\"" + hashA + "\", \"blockNumber\":\"123\",\"chainId\":\"10\" }"
	loose = strings.Replace(loose, strings.ToUpper(hashB[2:]), "0x"+strings.ToUpper(hashB[2:]), 1)
	got = core.Claim{}
	require.NoError(t, json.Unmarshal([]byte(loose), &got))
	require.Equal(t, want, got)

	extremes := core.Claim{ChainID: math.MaxUint64, BlockNumber: 0, BlockHash: common.MaxHash}
	out, err = json.Marshal(extremes)
	require.NoError(t, err)
	require.Equal(t, `{"chainId":"18446744073709551615","blockNumber":"0","blockHash":"0x`+strings.Repeat("f", 64)+`","stateRoot":"0x`+strings.Repeat("0", 64)+`"}`, string(out))
	got = core.Claim{}
	require.NoError(t, json.Unmarshal(out, &got))
	require.Equal(t, extremes, got)

	// Nested in other values, through pointers and slices.
	type envelope struct {
		Claims []core.Claim `json:"claims"`
		One    *core.Claim  `json:"one"`
	}
	env := envelope{Claims: []core.Claim{want, extremes}, One: &want}
	out, err = json.Marshal(env)
	require.NoError(t, err)
	var env2 envelope
	require.NoError(t, json.Unmarshal(out, &env2))
	require.Equal(t, env, env2)
}

func TestCheckpointJSON(t *testing.T) {
	want := core.Checkpoint{Round: 7, ReferenceBlock: 19_000_000, ClaimsRoot: common.HexToHash(hashA)}
	out, err := json.Marshal(want)
	require.NoError(t, err)
	require.Equal(t, validCheckpointJSON, string(out))
	var got core.Checkpoint
	require.NoError(t, json.Unmarshal(out, &got))
	require.Equal(t, want, got)

	max := core.Checkpoint{Round: math.MaxUint64, ReferenceBlock: math.MaxUint32}
	out, err = json.Marshal(&max)
	require.NoError(t, err)
	require.Equal(t, `{"round":"18446744073709551615","referenceBlock":"4294967295","claimsRoot":"0x`+strings.Repeat("0", 64)+`"}`, string(out))
	got = core.Checkpoint{}
	require.NoError(t, json.Unmarshal(out, &got))
	require.Equal(t, max, got)
}

func TestClaimJSONRejects(t *testing.T) {
	replace := func(old, new string) string { return strings.Replace(validClaimJSON, old, new, 1) }
	cases := map[string]string{
		"null":                 `null`,
		"array":                `[]`,
		"string":               `"x"`,
		"empty object":         `{}`,
		"missing stateRoot":    `{"chainId":"10","blockNumber":"123","blockHash":"` + hashA + `"}`,
		"unknown field":        replace(`{"chainId"`, `{"extra":1,"chainId"`),
		"duplicate field":      replace(`{"chainId":"10"`, `{"chainId":"10","chainId":"11"`),
		"wrong case field":     replace(`"chainId"`, `"chainID"`),
		"number not string":    replace(`"chainId":"10"`, `"chainId":10`),
		"leading zero":         replace(`"chainId":"10"`, `"chainId":"010"`),
		"sign":                 replace(`"chainId":"10"`, `"chainId":"+10"`),
		"negative":             replace(`"chainId":"10"`, `"chainId":"-10"`),
		"hex number":           replace(`"chainId":"10"`, `"chainId":"0xa"`),
		"empty number":         replace(`"chainId":"10"`, `"chainId":""`),
		"space in number":      replace(`"chainId":"10"`, `"chainId":" 10"`),
		"escaped digit":        replace(`"chainId":"10"`, `"chainId":"1\u0030"`),
		"uint64 overflow":      replace(`"chainId":"10"`, `"chainId":"18446744073709551616"`),
		"null value":           replace(`"chainId":"10"`, `"chainId":null`),
		"short hash":           replace(hashA, hashA[:65]),
		"long hash":            replace(hashA, hashA+"00"),
		"hash without 0x":      replace(`"`+hashA+`"`, `"`+hashA[2:]+`00"`),
		"hash with 0X":         replace(hashA, "0X"+hashA[2:]),
		"non-hex hash":         replace(hashA, "0xzz"+hashA[4:]),
		"hash as number":       replace(`"`+hashA+`"`, `1`),
		"hash as array":        replace(`"`+hashA+`"`, `[]`),
		"trailing comma (bad)": replace(`"}`, `",}`),
	}
	for name, in := range cases {
		t.Run(name, func(t *testing.T) {
			c := core.Claim{ChainID: 99}
			err := json.Unmarshal([]byte(in), &c)
			require.Error(t, err)
			if name != "trailing comma (bad)" { // syntax errors are caught by encoding/json first
				require.ErrorIs(t, err, core.ErrInvalidJSON)
			}
			require.Equal(t, core.Claim{ChainID: 99}, c, "a failed decode changes nothing")
		})
	}
	// Direct calls see the raw bytes, including trailing data.
	var c core.Claim
	require.ErrorIs(t, c.UnmarshalJSON([]byte(validClaimJSON+"{}")), core.ErrInvalidJSON)
	require.ErrorIs(t, c.UnmarshalJSON([]byte(validClaimJSON[:20])), core.ErrInvalidJSON)
}

func TestCheckpointJSONRejects(t *testing.T) {
	replace := func(old, new string) string { return strings.Replace(validCheckpointJSON, old, new, 1) }
	cases := map[string]string{
		"null":                 `null`,
		"missing claimsRoot":   `{"round":"7","referenceBlock":"19000000"}`,
		"unknown field":        replace(`{"round"`, `{"digest":"0x","round"`),
		"duplicate field":      replace(`"round":"7"`, `"round":"7","round":"7"`),
		"uint32 overflow":      replace(`"referenceBlock":"19000000"`, `"referenceBlock":"4294967296"`),
		"leading zero round":   replace(`"round":"7"`, `"round":"07"`),
		"fraction":             replace(`"round":"7"`, `"round":"7.0"`),
		"exponent":             replace(`"round":"7"`, `"round":"7e0"`),
		"number not string":    replace(`"round":"7"`, `"round":7`),
		"short hash":           replace(hashA, "0x00"),
		"wrong case field":     replace(`"claimsRoot"`, `"ClaimsRoot"`),
		"round as bool":        replace(`"round":"7"`, `"round":true`),
		"referenceBlock empty": replace(`"19000000"`, `""`),
	}
	for name, in := range cases {
		t.Run(name, func(t *testing.T) {
			cp := core.Checkpoint{Round: 99}
			err := json.Unmarshal([]byte(in), &cp)
			require.ErrorIs(t, err, core.ErrInvalidJSON)
			require.Equal(t, core.Checkpoint{Round: 99}, cp)
		})
	}
}
