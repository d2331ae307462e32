"""Writes the real-mix fixtures (run by hand; the tests never run Python).

1. The originals, small llama-architecture models in GGUF v3 written with gguf-py (gguf 0.19):
   real-mix-f16.gguf: 3 layers, width 256, 4 heads of 64, 1 KV head (GQA 4), feed-forward 256,
   vocabulary 32, so that every matrix row (ne[0]) is 256 values and the K-quants apply without
   fallback. real-mix-tied-f16.gguf: 1 layer, 2 KV heads (GQA 2), feed-forward 96 (ffn_down's rows
   of 96 take the 32-block fallback types), no output.weight (token_embd is the output too).
   2-D weights F16, norms F32; values look trained (Student t with 5 degrees of freedom times 0.02,
   norms near 1). Metadata: what llama.cpp reads to load and quantise a llama model, and a minimal
   SentencePiece ("llama") tokenizer. The values come from PCG64's raw 64-bit stream (seeds 20261203
   and 20261204), turned into normals by Box-Muller here, so the files do not depend on numpy's
   distribution code.
2. <original>-<mix>.gguf (real-mix: Q4_K_M, Q3_K_M, Q2_K; real-mix-tied: Q2_K, Q5_K_S): the original
   quantised by llama.cpp's own quantiser, the C function that llama-quantize runs (llama_model_quantize, through llama-cpp-python 0.3.36, which builds the
   llama.cpp it vendors), with llama_model_quantize_default_params() (llama-quantize's defaults: no
   imatrix, output tensor quantised, no type overrides) and params.ftype set to the mix.
3. real-mix-expected.json: per quantised file and tensor, the stored type and FNV-1a 64 of the
   float32 values gguf-py's dequantize gives (each value's four little-endian bytes, in order).

The originals (2,205,792 and 562,176 bytes) are not committed, to keep the fixtures under 2 MB; this
script writes them again bit for bit (with gguf 0.19 and numpy 2.4, sha256
50db7864302d52b6f23a72ea57623edf8b312c23cb88f5cd09e1bf56a5f59d76 and
412ca6e899c8c8edae950da1ad5b57c911e4208fc4d27da81e96ebac34c30407).
Usage: python3 make_real_mix_fixtures.py [--keep-original] [output directory, default: this script's
directory]; the originals go to a temporary directory unless --keep-original.
"""
import ctypes
import json
import os
import sys
import tempfile

import numpy as np
import gguf


class Model:
    """One original: its shape, whether the output matrix is tied to the embeddings, its mixes."""

    def __init__(self, name, layers, ff, kv_heads, tied, mixes, seed):
        self.name, self.layers, self.ff, self.kv_heads = name, layers, ff, kv_heads
        self.tied, self.mixes, self.seed = tied, mixes, seed


N_EMBD = 256
N_HEAD = 4
HEAD_DIM = N_EMBD // N_HEAD
N_VOCAB = 32

MODELS = [
    # 3 layers, GQA 4, every row 256 values: the layer and attn_v rules without fallback.
    Model("real-mix", layers=3, ff=256, kv_heads=1, tied=False, mixes=["Q4_K_M", "Q3_K_M", "Q2_K"], seed=20261203),
    # 1 layer, GQA 2, no output.weight (token_embd tied to the output), feed-forward 96: ffn_down's
    # rows (96 values) take the 32-block fallback types.
    Model("real-mix-tied", layers=1, ff=96, kv_heads=2, tied=True, mixes=["Q2_K", "Q5_K_S"], seed=20261204),
]


class Values:
    """Deterministic values from PCG64's raw stream (stable across numpy versions)."""

    def __init__(self, seed):
        self.bits = np.random.PCG64(seed)

    def uniform(self, n):
        raw = self.bits.random_raw(n).astype(np.uint64)
        # 53 high bits, shifted into (0, 1]: never 0, so the logarithm is finite.
        return ((raw >> np.uint64(11)).astype(np.float64) + 1.0) / float(1 << 53)

    def normal(self, n):
        half = (n + 1) // 2
        u1, u2 = self.uniform(half), self.uniform(half)
        r = np.sqrt(-2.0 * np.log(u1))
        z = np.concatenate([r * np.cos(2 * np.pi * u2), r * np.sin(2 * np.pi * u2)])
        return z[:n]

    def student_t(self, n, dof=5):
        z = self.normal(n)
        chi2 = np.sum(self.normal(n * dof).reshape(n, dof) ** 2, axis=1)
        return z / np.sqrt(chi2 / dof)

    def weight(self, rows, cols, scale=0.02):
        return (self.student_t(rows * cols) * scale).reshape(rows, cols).astype(np.float16)

    def norm(self, n):
        return (1.0 + 0.05 * self.normal(n)).astype(np.float32)


def write_original(path, m):
    v = Values(m.seed)
    w = gguf.GGUFWriter(path, "llama")
    w.add_name("floatscope real-mix fixture")
    w.add_block_count(m.layers)
    w.add_context_length(256)
    w.add_embedding_length(N_EMBD)
    w.add_feed_forward_length(m.ff)
    w.add_head_count(N_HEAD)
    w.add_head_count_kv(m.kv_heads)
    w.add_rope_dimension_count(HEAD_DIM)
    w.add_layer_norm_rms_eps(1e-5)
    w.add_vocab_size(N_VOCAB)
    w.add_file_type(gguf.LlamaFileType.MOSTLY_F16)
    tokens = ["<unk>", "<s>", "</s>", "\u2581"] + [chr(c) for c in range(ord("a"), ord("a") + N_VOCAB - 4)]
    w.add_tokenizer_model("llama")
    w.add_token_list(tokens)
    w.add_token_scores([0.0, 0.0, 0.0] + [-float(i) for i in range(N_VOCAB - 3)])
    w.add_token_types([gguf.TokenType.UNKNOWN, gguf.TokenType.CONTROL, gguf.TokenType.CONTROL]
                      + [gguf.TokenType.NORMAL] * (N_VOCAB - 3))
    w.add_unk_token_id(0)
    w.add_bos_token_id(1)
    w.add_eos_token_id(2)
    # numpy shapes are (rows, row length): ggml's ne[0] is the last axis.
    w.add_tensor("token_embd.weight", v.weight(N_VOCAB, N_EMBD))
    for i in range(m.layers):
        w.add_tensor(f"blk.{i}.attn_norm.weight", v.norm(N_EMBD))
        w.add_tensor(f"blk.{i}.attn_q.weight", v.weight(N_HEAD * HEAD_DIM, N_EMBD))
        w.add_tensor(f"blk.{i}.attn_k.weight", v.weight(m.kv_heads * HEAD_DIM, N_EMBD))
        w.add_tensor(f"blk.{i}.attn_v.weight", v.weight(m.kv_heads * HEAD_DIM, N_EMBD))
        w.add_tensor(f"blk.{i}.attn_output.weight", v.weight(N_EMBD, N_HEAD * HEAD_DIM))
        w.add_tensor(f"blk.{i}.ffn_norm.weight", v.norm(N_EMBD))
        w.add_tensor(f"blk.{i}.ffn_gate.weight", v.weight(m.ff, N_EMBD))
        w.add_tensor(f"blk.{i}.ffn_up.weight", v.weight(m.ff, N_EMBD))
        w.add_tensor(f"blk.{i}.ffn_down.weight", v.weight(N_EMBD, m.ff))
    w.add_tensor("output_norm.weight", v.norm(N_EMBD))
    if not m.tied:
        w.add_tensor("output.weight", v.weight(N_VOCAB, N_EMBD))
    w.write_header_to_file()
    w.write_kv_data_to_file()
    w.write_tensors_to_file()
    w.close()


def quantise(original, out, mix):
    import llama_cpp  # llama-cpp-python 0.3.36

    params = llama_cpp.llama_model_quantize_default_params()
    params.ftype = getattr(llama_cpp, f"LLAMA_FTYPE_MOSTLY_{mix}")
    params.nthread = 2
    status = llama_cpp.llama_model_quantize(original.encode(), out.encode(), ctypes.byref(params))
    if status != 0:
        raise SystemExit(f"llama_model_quantize {mix} failed with status {status}")


def fnv1a64(values):
    """FNV-1a 64 over each float32's four little-endian bytes, in order."""
    h = 0xcbf29ce484222325
    for byte in np.ascontiguousarray(values, dtype="<f4").tobytes():
        h = ((h ^ byte) * 0x100000001b3) & 0xFFFFFFFFFFFFFFFF
    return h


def expectations(paths):
    """Per file, per tensor: the stored type and the hash of gguf-py's dequantised values."""
    result = {}
    for path in paths:
        reader = gguf.GGUFReader(path)
        tensors = {}
        for t in reader.tensors:
            values = gguf.quants.dequantize(t.data, t.tensor_type)
            assert values.size == t.n_elements and not np.isnan(values).any(), t.name
            tensors[t.name] = {"type": t.tensor_type.name, "fnv1a64": format(fnv1a64(values), "x")}
        result[os.path.basename(path)] = tensors
    return result


def main():
    args = sys.argv[1:]
    keep = "--keep-original" in args
    args = [a for a in args if a != "--keep-original"]
    directory = args[0] if args else os.path.dirname(os.path.abspath(__file__))
    scratch = tempfile.mkdtemp()
    outputs = []
    for m in MODELS:
        original = os.path.join(directory if keep else scratch, f"{m.name}-f16.gguf")
        write_original(original, m)
        for mix in m.mixes:
            out = os.path.join(directory, f"{m.name}-{mix.lower()}.gguf")
            quantise(original, out, mix)
            outputs.append(out)
    with open(os.path.join(directory, "real-mix-expected.json"), "w") as f:
        json.dump(expectations(outputs), f, indent=1, sort_keys=True)
        f.write("\n")


if __name__ == "__main__":
    main()
