# An exponent's sign with no digits after it: the caret stands under the sign
rate = 2.5e-
