"""Writes the model fixtures of the CLI tests (run by hand; the tests never run Python).

tiny-llama.gguf: GGUF v3 with llama metadata (2 layers, 4 heads, 2 KV heads, width 64, context 128)
and a few small F32 tensors named as llama.cpp names them; written with gguf-py (gguf 0.19).
tiny-llama-q8_0.gguf: the same with every 2-D tensor quantised to Q8_0 by gguf-py's numpy
quantiser (gguf.quants), 1-D tensors kept F32: a quantised file and its original for --against.
"""
import numpy as np
import gguf

def add(w, name, data):
  if QUANTISE and data.ndim == 2:
    q = gguf.quants.quantize(data, gguf.GGMLQuantizationType.Q8_0)
    w.add_tensor(name, q, raw_dtype=gguf.GGMLQuantizationType.Q8_0)
  else:
    w.add_tensor(name, data)

def write(path, quantise):
  global QUANTISE
  QUANTISE = quantise
  rng = np.random.default_rng(15)
  w = gguf.GGUFWriter(path, "llama")
  w.add_block_count(2)
  w.add_head_count(4)
  w.add_head_count_kv(2)
  w.add_embedding_length(64)
  w.add_context_length(128)
  w.add_feed_forward_length(128)
  add(w, "token_embd.weight", (rng.standard_normal((32, 64)) * 0.02).astype(np.float32))
  for i in range(2):
      add(w, f"blk.{i}.attn_norm.weight", np.ones(64, np.float32))
      add(w, f"blk.{i}.attn_q.weight", (rng.standard_normal((64, 64)) * 0.02).astype(np.float32))
      add(w, f"blk.{i}.attn_v.weight", (rng.standard_normal((32, 64)) * 0.02).astype(np.float32))
  add(w, "output.weight", (rng.standard_normal((32, 64)) * 0.02).astype(np.float32))
  w.write_header_to_file()
  w.write_kv_data_to_file()
  w.write_tensors_to_file()
  w.close()


write("tiny-llama.gguf", False)
write("tiny-llama-q8_0.gguf", True)
