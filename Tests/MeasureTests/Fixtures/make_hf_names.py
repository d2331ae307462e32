"""Writes hf_names.json: the GGUF name llama.cpp's converter gives Hugging Face tensor names of
llama-style models, from gguf-py's TensorNameMap (llama.cpp 0c1e570 as vendored by
llama-cpp-python 0.3.36) built for 4 blocks, after the converter's own skips (conversion/base.py
skips names ending in .attention.masked_bias, .attention.bias, .rotary_emb.inv_freq;
conversion/gemma.py skips Gemma's and Gemma2's lm_head.weight; conversion/llama.py stacks Mixtral's
model.layers.N.block_sparse_moe.experts.E.wK.weight into layers.N.feed_forward.experts.wK.weight
before mapping). The Swift tests read the JSON.

    tar xzf llama_cpp_python-0.3.36.tar.gz   # the sdist of llama-cpp-python 0.3.36
    python3 make_hf_names.py llama_cpp_python-0.3.36/vendor/llama.cpp/gguf-py

Each entry: [hf name, gguf name] or [hf name, null] (unknown) or [hf name, "-dropped"].
"""
import json
import re
import sys

sys.path.insert(0, sys.argv[1])
import gguf  # noqa: E402
from gguf.constants import MODEL_ARCH  # noqa: E402

assert sys.argv[1].rstrip("/").endswith("gguf-py") and "vendor" in gguf.__file__, gguf.__file__
ARCHS = {"llama": MODEL_ARCH.LLAMA, "qwen2": MODEL_ARCH.QWEN2, "qwen3": MODEL_ARCH.QWEN3,
         "gemma": MODEL_ARCH.GEMMA, "gemma2": MODEL_ARCH.GEMMA2, "gemma3": MODEL_ARCH.GEMMA3}
NAMES = ["model.embed_tokens.weight", "model.norm.weight", "lm_head.weight", "lm_head.bias"]
for i in (0, 3):
    p = f"model.layers.{i}."
    NAMES += [p + s for s in (
        "input_layernorm.weight", "self_attn.q_proj.weight", "self_attn.k_proj.weight", "self_attn.v_proj.weight",
        "self_attn.o_proj.weight", "self_attn.q_proj.bias", "self_attn.k_proj.bias", "self_attn.v_proj.bias",
        "mlp.gate_proj.weight", "mlp.up_proj.weight", "mlp.down_proj.weight", "post_attention_layernorm.weight",
        "pre_feedforward_layernorm.weight", "post_feedforward_layernorm.weight", "self_attn.q_norm.weight",
        "self_attn.k_norm.weight", "self_attn.rotary_emb.inv_freq", "mlp.gate.weight", "block_sparse_moe.gate.weight",
        "block_sparse_moe.experts.0.w1.weight", "mlp.experts.1.down_proj.weight", "self_attn.q_proj.weight_scale",
        "self_attn.q_proj", "mlp.something.weight")]
NAMES += ["model.layers.7.self_attn.q_proj.weight", "model.layers.01.self_attn.q_proj.weight",
          "model.layers.-1.self_attn.q_proj.weight", "model.layers..self_attn.q_proj.weight",
          "token_embd.weight", "output.weight", "output_norm.weight", "blk.2.attn_q.weight", "blk.2.ffn_down.weight",
          "blk.2.attn_q_norm.weight", "blk.9.attn_q.weight", "model.embed_tokens", "model.embed_tokens.scale",
          "model.layers.0.mlp.fc9.weight", "", "weight", "model.layers.0.attention.masked_bias", "model.layers.0.attention.bias"]
SKIPPED = (".attention.masked_bias", ".attention.bias", ".rotary_emb.inv_freq")
NAMES += ["model.layers.2.block_sparse_moe.experts.7.w2.weight", "model.layers.3.block_sparse_moe.experts.12.w3.weight",
          "model.layers.1.block_sparse_moe.experts.0.w4.weight", "model.layers.1.block_sparse_moe.experts.0.w1.bias",
          "model.layers.1.block_sparse_moe.experts.00.w1.weight", "blk.1.ffn_down_exps.weight"]
MIXTRAL = re.compile(r"model\.layers\.(\d+)\.block_sparse_moe\.experts\.(0|[1-9]\d*)\.(w[123])\.weight$")

out = {}
for arch, a in ARCHS.items():
    m = gguf.get_tensor_name_map(a, 4)
    rows = []
    for n in NAMES:
        if n.endswith(SKIPPED) or (n == "lm_head.weight" and arch in ("gemma", "gemma2")):
            rows.append([n, "-dropped"])
        elif arch == "llama" and MIXTRAL.match(n):
            bid, _, wid = MIXTRAL.match(n).groups()
            rows.append([n, m.get_name(f"layers.{bid}.feed_forward.experts.{wid}.weight", try_suffixes=(".weight", ".bias"))])
        else:
            rows.append([n, m.get_name(n, try_suffixes=(".weight", ".bias"))])
    out[arch] = rows
with open("hf_names.json", "w") as f:
    json.dump(out, f, indent=0)
    f.write("\n")
print(len(NAMES), "names x", len(ARCHS), "architectures")
