"""Writes mix_expected.json: the type llama-quantize gives every tensor of several synthetic models
for every mix, computed by ../shared/tools/ggml-reference/mix.py (a checked port of llama.cpp's
src/llama-quant.cpp). The Swift tests read the JSON; they never run Python.

    python3 make_mix_fixtures.py /work/shared/tools/ggml-reference

Shapes are written in ggml order (ne[0], the row length, first), as mix.py takes them.
Types are written one letter a tensor (see "legend") to keep the file small; "error" replaces the
letters when mix.py refuses the mix (Q2_K_S without an importance matrix).
"""
import json
import sys

sys.path.insert(0, sys.argv[1] if len(sys.argv) > 1 else "../../../../shared/tools/ggml-reference")
from mix import pick_types  # noqa: E402

MIXES = ["Q2_K", "Q2_K_S", "Q3_K_S", "Q3_K_M", "Q3_K_L", "Q4_K_S", "Q4_K_M", "Q5_K_S", "Q5_K_M",
         "Q6_K", "Q8_0", "Q4_0", "Q4_1", "Q5_0", "Q5_1", "F16", "BF16", "F32"]
IMATRIX_MIXES = ["Q2_K_S", "Q4_0", "Q5_0", "Q4_K_M"]
LEGEND = {"F32": "a", "F16": "b", "BF16": "c", "Q4_0": "d", "Q4_1": "e", "Q5_0": "f", "Q5_1": "g",
          "Q8_0": "h", "Q2_K": "i", "Q3_K": "j", "Q4_K": "k", "Q5_K": "l", "Q6_K": "m"}


def dense(n_layer, d, ff, kv, vocab, tied=False, biases=False, qk_norm=False):
    ts = [("token_embd.weight", [d, vocab]), ("output_norm.weight", [d])]
    if not tied:
        ts.append(("output.weight", [d, vocab]))
    for i in range(n_layer):
        b = f"blk.{i}."
        ts += [(b + "attn_norm.weight", [d]), (b + "attn_q.weight", [d, d]), (b + "attn_k.weight", [d, kv]),
               (b + "attn_v.weight", [d, kv]), (b + "attn_output.weight", [d, d]), (b + "ffn_norm.weight", [d]),
               (b + "ffn_gate.weight", [d, ff]), (b + "ffn_up.weight", [d, ff]), (b + "ffn_down.weight", [ff, d])]
        if biases:
            ts += [(b + "attn_q.bias", [d]), (b + "attn_k.bias", [kv]), (b + "attn_v.bias", [kv])]
        if qk_norm:
            ts += [(b + "attn_q_norm.weight", [128]), (b + "attn_k_norm.weight", [128])]
    return ts


def moe(n_layer, d, ff, kv, vocab, n_expert):
    ts = [("token_embd.weight", [d, vocab]), ("output_norm.weight", [d]), ("output.weight", [d, vocab])]
    for i in range(n_layer):
        b = f"blk.{i}."
        ts += [(b + "attn_norm.weight", [d]), (b + "attn_q.weight", [d, d]), (b + "attn_k.weight", [d, kv]),
               (b + "attn_v.weight", [d, kv]), (b + "attn_output.weight", [d, d]), (b + "ffn_norm.weight", [d]),
               (b + "ffn_gate_inp.weight", [d, n_expert], "F32"), (b + "ffn_gate_exps.weight", [d, ff, n_expert]),
               (b + "ffn_up_exps.weight", [d, ff, n_expert]), (b + "ffn_down_exps.weight", [ff, d, n_expert])]
    return ts


def falcon(n_layer, d, ff, vocab):
    ts = [("token_embd.weight", [d, vocab]), ("output_norm.weight", [d]), ("output_norm.bias", [d]),
          ("output.weight", [d, vocab])]
    for i in range(n_layer):
        b = f"blk.{i}."
        ts += [(b + "attn_norm.weight", [d]), (b + "attn_norm.bias", [d]), (b + "attn_qkv.weight", [d, d + 2 * 64]),
               (b + "attn_output.weight", [d, d]), (b + "ffn_up.weight", [d, ff]), (b + "ffn_down.weight", [ff, d])]
    return ts


def odd():
    """Rows not multiples of 32 (F16 fallbacks), names llama.cpp keeps or does not know, given source types."""
    ts = dense(4, 80, 96, 80, 1000)
    ts += [("rope_freqs.weight", [40], "F32"), ("blk.1.attn_q.bias", [80, 2], "BF16"), ("blk.2.ffn_gate_inp.weight", [80, 4], "BF16"),
           ("foo.bar.weight", [256, 3]), ("blk.3.something_new.weight", [512, 8]), ("position_embd.weight", [256, 64]),
           ("blk.0.attn_k_norm.weight", [256, 1]), ("blk.0.ssm_conv1d.weight", [4, 256]), ("blk.9.vision.weight", [64, 64], "Q8_0"),
           ("blk.3.ffn_down_shexp.weight", [288, 80]), ("blk.1.attn_kv_b.weight", [512, 256])]
    return ts


MODELS = [
    ("llama7b", dense(32, 4096, 11008, 4096, 32000), dict(architecture="llama", layerCount=32, headCount=32, kvHeadCount=32)),
    ("gqa8b", dense(32, 4096, 14336, 1024, 128256), dict(architecture="llama", layerCount=32, headCount=32, kvHeadCount=8)),
    ("qwen05b", dense(24, 896, 4864, 128, 151936, tied=True, biases=True), dict(architecture="qwen2", layerCount=24, headCount=14, kvHeadCount=2)),
    ("tied1b", dense(16, 2048, 8192, 512, 128256, tied=True), dict(architecture="llama", layerCount=16, headCount=32, kvHeadCount=8)),
    ("qwen3like", dense(28, 1024, 3072, 1024, 151936, tied=True, qk_norm=True), dict(architecture="qwen3", headCount=16, kvHeadCount=8)),
    ("mixtral8", moe(8, 4096, 14336, 1024, 32000, 8), dict(architecture="llama", layerCount=8, headCount=32, kvHeadCount=8, expertCount=8)),
    ("moe4", moe(6, 1024, 512, 256, 50000, 4), dict(architecture="qwen2moe", layerCount=6, headCount=16, kvHeadCount=4, expertCount=4)),
    ("llama70b", dense(80, 8192, 28672, 1024, 32000), dict(architecture="llama", layerCount=80, headCount=64, kvHeadCount=8)),
    ("falcon", falcon(32, 4544, 18176, 65024), dict(architecture="falcon", layerCount=32, headCount=71, kvHeadCount=1)),
    ("odd", odd(), dict(architecture="llama", headCount=4, kvHeadCount=1)),
]


def shuffled(seed):
    """A random model in shuffled order: mixed tensor kinds, rows that fit 256, 32 or neither, 1-D and
    3-D tensors, random facts (some MoE, falcon, no layer count); the loader's order must not depend on
    the input order."""
    import random
    rng = random.Random(seed)
    n = rng.randint(1, 12)
    kinds = ["attn_q", "attn_k", "attn_v", "attn_qkv", "attn_kv_b", "attn_output", "ffn_gate", "ffn_up", "ffn_down",
             "ffn_gate_exps", "ffn_up_exps", "ffn_down_exps", "ffn_gate_inp", "ffn_down_shexp", "attn_norm", "ffn_norm",
             "ssm_conv1d", "altup_proj", "attn_q_a", "ffn_up_chexp"]
    rows = [64, 80, 96, 128, 256, 512, 768, 896, 1000, 1024, 4864, 5120]
    ts = [("token_embd.weight", [rng.choice(rows), 1000]), ("output_norm.weight", [rng.choice(rows)])]
    if rng.random() < 0.5:
        ts.append(("output.weight", [ts[0][1][0], 1000]))
    if rng.random() < 0.3:
        ts.append(("per_layer_token_embd.weight", [rng.choice(rows), 500]))
    for i in range(n):
        for k in rng.sample(kinds, rng.randint(3, 10)):
            r = rng.choice(rows)
            shape = [r] if k.endswith("norm") else [r, rng.choice([1, 64, 256])] + ([rng.choice([2, 4, 8])] if "exps" in k else [])
            ts.append((f"blk.{i}.{k}.weight", shape))
            if rng.random() < 0.2:
                ts.append((f"blk.{i}.{k}.bias", [shape[0]]))
    rng.shuffle(ts)
    experts = rng.choice([0, 0, 1, 4, 8])
    facts = dict(architecture=rng.choice(["llama", "llama", "qwen2", "falcon"]), headCount=rng.choice([8, 16, 32]),
                 kvHeadCount=rng.choice([0, 1, 2, 4, 8, 16, 32]), expertCount=experts)
    if rng.random() < 0.6:
        facts["layerCount"] = n + rng.choice([0, 0, 0, 2, -1])
    return ts, facts


MODELS += [(f"random{seed}",) + shuffled(seed) for seed in range(10)]


def n_gqa(f):
    return 0 if f["kvHeadCount"] == 0 else f["headCount"] // f["kvHeadCount"]


def run(tensors, facts, mix, imatrix):
    try:
        r = pick_types(tensors, mix, n_layer=facts.get("layerCount"), n_gqa=n_gqa(facts),
                       n_expert=facts.get("expertCount", 0), arch=facts["architecture"],
                       is_70b=facts["architecture"] == "llama" and facts.get("layerCount") == 80
                       and facts["headCount"] != facts["kvHeadCount"], has_imatrix=imatrix)
    except ValueError as e:
        return {"mix": mix, "imatrix": imatrix, "error": str(e)}
    return {"mix": mix, "imatrix": imatrix, "types": "".join(LEGEND[r[t[0]]] for t in tensors)}


out = {"legend": {v: k for k, v in LEGEND.items()}, "models": []}
for name, tensors, facts in MODELS:
    runs = [run(tensors, facts, m, False) for m in MIXES] + [run(tensors, facts, m, True) for m in IMATRIX_MIXES]
    out["models"].append({"name": name, "facts": facts,
                          "tensors": [[t[0], list(t[1])] + ([t[2]] if len(t) > 2 else []) for t in tensors],
                          "runs": runs})
with open("mix_expected.json", "w") as f:
    json.dump(out, f, separators=(",", ":"))
    f.write("\n")
print(sum(len(m["tensors"]) for m in out["models"]), "tensors,", sum(len(m["runs"]) for m in out["models"]), "runs")
