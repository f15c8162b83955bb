package core

import (
	"testing"

	"github.com/Layr-Labs/eigensdk-go/crypto/bls"
	sdktypes "github.com/Layr-Labs/eigensdk-go/types"
	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"
)

func TestOperatorIDMatchesSDK(t *testing.T) {
	for _, sk := range []string{"1", "2", "12345678901234567890"} {
		kp, err := bls.NewKeyPairFromString(sk)
		require.NoError(t, err)
		require.Equal(t, common.Hash(sdktypes.OperatorIdFromKeyPair(kp)), OperatorID(kp.GetPubKeyG1()), sk)
	}
}
