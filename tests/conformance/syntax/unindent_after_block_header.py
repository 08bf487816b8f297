# A line dedented to no outer level right after a block header: the tokenizer's IndentationError comes first
def area(w, h):
    if w > 0:
  return w * h
