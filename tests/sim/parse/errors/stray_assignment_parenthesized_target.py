# A parenthesized name is no NAME token: invalid_named_expression gives its "here" hint instead.
(x) = a < b = 4
