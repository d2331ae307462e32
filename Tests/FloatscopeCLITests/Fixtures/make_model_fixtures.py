"""Writes the model fixtures of the CLI tests (run by hand; the tests never run Python).

tiny-llama.gguf: GGUF v3 with llama metadata (2 layers, 4 heads, 2 KV heads, width 64, context 128)
and a few small F32 tensors named as llama.cpp names them; written with gguf-py (gguf 0.19).
"""
import numpy as np
import gguf

rng = np.random.default_rng(15)
w = gguf.GGUFWriter("tiny-llama.gguf", "llama")
w.add_block_count(2)
w.add_head_count(4)
w.add_head_count_kv(2)
w.add_embedding_length(64)
w.add_context_length(128)
w.add_feed_forward_length(128)
w.add_tensor("token_embd.weight", (rng.standard_normal((32, 64)) * 0.02).astype(np.float32))
for i in range(2):
    w.add_tensor(f"blk.{i}.attn_norm.weight", np.ones(64, np.float32))
    w.add_tensor(f"blk.{i}.attn_q.weight", (rng.standard_normal((64, 64)) * 0.02).astype(np.float32))
    w.add_tensor(f"blk.{i}.attn_v.weight", (rng.standard_normal((32, 64)) * 0.02).astype(np.float32))
w.add_tensor("output.weight", (rng.standard_normal((32, 64)) * 0.02).astype(np.float32))
w.write_header_to_file()
w.write_kv_data_to_file()
w.write_tensors_to_file()
w.close()
