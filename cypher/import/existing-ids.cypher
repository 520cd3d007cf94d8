// Which of $ids already exist under $label: references to them need not be in the upload.
MATCH (n:$($label))
WHERE n.id IN $ids
RETURN n.id AS id
