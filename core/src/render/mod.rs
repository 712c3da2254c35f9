//! Renderers: pure string generation, every name escaped.
