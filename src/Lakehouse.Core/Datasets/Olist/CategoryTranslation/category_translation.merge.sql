-- Category translation: upsert, then complete the English name of products that arrived first.
INSERT INTO dw.product_category AS c (category_name, category_name_english, source_object_id)
SELECT product_category_name, product_category_name_english, $1 FROM stg ORDER BY product_category_name
ON CONFLICT (category_name) DO UPDATE SET
    category_name_english = EXCLUDED.category_name_english, source_object_id = EXCLUDED.source_object_id, updated_at = now()
WHERE c.category_name_english IS DISTINCT FROM EXCLUDED.category_name_english;

UPDATE dw.dim_product p SET category_name_english = c.category_name_english, updated_at = now()
FROM dw.product_category c
WHERE c.category_name = p.category_name
  AND p.category_name_english IS DISTINCT FROM c.category_name_english;
