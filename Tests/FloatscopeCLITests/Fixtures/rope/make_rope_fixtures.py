"""Writes the fixtures of the --against test for llama's attn_q/attn_k (run by hand; the tests never run Python).

hf/model.safetensors + hf/config.json: a Hugging Face llama checkpoint (LlamaForCausalLM, 1 layer,
hidden 32, 4 heads, 2 KV heads, head_dim 8) with random F32 weights (safetensors 0.8).
converted.gguf: the same weights as llama.cpp's converter writes them (gguf 0.19's GGUFWriter, F32):
HF names mapped to GGUF names, and the rows of q_proj and k_proj reordered for llama.cpp's rope
layout exactly as convert_hf_to_gguf.py's LlamaModel.permute does (for k with the KV head count):
rows viewed as (heads, 2, head_dim/2) with the two middle axes swapped.
converted-q8_0.gguf: the same with every 2-D tensor quantised to Q8_0 by gguf-py (gguf.quants).
"""
import json, os
import numpy as np
import gguf
from safetensors.numpy import save_file

HEADS, KV_HEADS, HIDDEN, FFN, VOCAB = 4, 2, 32, 64, 48
HEAD_DIM = HIDDEN // HEADS

def rope_rows(w, heads):
  rows = w.shape[0]
  return w.reshape(heads, 2, rows // heads // 2, *w.shape[1:]).swapaxes(1, 2).reshape(w.shape)

rng = np.random.default_rng(16)
def weight(*shape):
  return (rng.standard_normal(shape) * 0.02).astype(np.float32)

hf = {
  "model.embed_tokens.weight": weight(VOCAB, HIDDEN),
  "model.layers.0.input_layernorm.weight": np.ones(HIDDEN, np.float32),
  "model.layers.0.self_attn.q_proj.weight": weight(HEADS * HEAD_DIM, HIDDEN),
  "model.layers.0.self_attn.k_proj.weight": weight(KV_HEADS * HEAD_DIM, HIDDEN),
  "model.layers.0.self_attn.v_proj.weight": weight(KV_HEADS * HEAD_DIM, HIDDEN),
  "model.layers.0.self_attn.o_proj.weight": weight(HIDDEN, HEADS * HEAD_DIM),
  "model.layers.0.post_attention_layernorm.weight": np.ones(HIDDEN, np.float32),
  "model.layers.0.mlp.gate_proj.weight": weight(FFN, HIDDEN),
  "model.layers.0.mlp.up_proj.weight": weight(FFN, HIDDEN),
  "model.layers.0.mlp.down_proj.weight": weight(HIDDEN, FFN),
  "model.norm.weight": np.ones(HIDDEN, np.float32),
  "lm_head.weight": weight(VOCAB, HIDDEN),
}
os.makedirs("hf", exist_ok=True)
save_file(hf, "hf/model.safetensors")
with open("hf/config.json", "w") as f:
  json.dump({"architectures": ["LlamaForCausalLM"], "model_type": "llama", "hidden_size": HIDDEN,
             "intermediate_size": FFN, "num_attention_heads": HEADS, "num_key_value_heads": KV_HEADS,
             "num_hidden_layers": 1, "vocab_size": VOCAB, "max_position_embeddings": 128}, f, indent=1)

names = {
  "model.embed_tokens.weight": "token_embd.weight",
  "model.layers.0.input_layernorm.weight": "blk.0.attn_norm.weight",
  "model.layers.0.self_attn.q_proj.weight": "blk.0.attn_q.weight",
  "model.layers.0.self_attn.k_proj.weight": "blk.0.attn_k.weight",
  "model.layers.0.self_attn.v_proj.weight": "blk.0.attn_v.weight",
  "model.layers.0.self_attn.o_proj.weight": "blk.0.attn_output.weight",
  "model.layers.0.post_attention_layernorm.weight": "blk.0.ffn_norm.weight",
  "model.layers.0.mlp.gate_proj.weight": "blk.0.ffn_gate.weight",
  "model.layers.0.mlp.up_proj.weight": "blk.0.ffn_up.weight",
  "model.layers.0.mlp.down_proj.weight": "blk.0.ffn_down.weight",
  "model.norm.weight": "output_norm.weight",
  "lm_head.weight": "output.weight",
}

def write(path, quantise):
  w = gguf.GGUFWriter(path, "llama")
  w.add_block_count(1)
  w.add_head_count(HEADS)
  w.add_head_count_kv(KV_HEADS)
  w.add_embedding_length(HIDDEN)
  w.add_feed_forward_length(FFN)
  w.add_context_length(128)
  for hf_name, gguf_name in names.items():
    data = hf[hf_name]
    if hf_name.endswith("q_proj.weight"): data = rope_rows(data, HEADS)
    if hf_name.endswith("k_proj.weight"): data = rope_rows(data, KV_HEADS)
    if quantise and data.ndim == 2:
      w.add_tensor(gguf_name, gguf.quants.quantize(data, gguf.GGMLQuantizationType.Q8_0), raw_dtype=gguf.GGMLQuantizationType.Q8_0)
    else:
      w.add_tensor(gguf_name, data)
  w.write_header_to_file()
  w.write_kv_data_to_file()
  w.write_tensors_to_file()
  w.close()

write("converted.gguf", False)
write("converted-q8_0.gguf", True)
