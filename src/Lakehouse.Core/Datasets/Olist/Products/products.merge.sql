-- Products: SCD type 1 upsert with the English category when the translation is already known.
INSERT INTO dw.dim_product AS d (product_id, category_name, category_name_english, name_length, description_length,
    photos_qty, weight_g, length_cm, height_cm, width_cm, is_inferred, source_object_id)
SELECT s.product_id, s.product_category_name, t.category_name_english, s.product_name_lenght, s.product_description_lenght,
    s.product_photos_qty, s.product_weight_g, s.product_length_cm, s.product_height_cm, s.product_width_cm, false, $1
FROM stg s LEFT JOIN dw.product_category t ON t.category_name = s.product_category_name
ORDER BY s.product_id
ON CONFLICT (product_id) DO UPDATE SET
    category_name = EXCLUDED.category_name, category_name_english = EXCLUDED.category_name_english,
    name_length = EXCLUDED.name_length, description_length = EXCLUDED.description_length, photos_qty = EXCLUDED.photos_qty,
    weight_g = EXCLUDED.weight_g, length_cm = EXCLUDED.length_cm, height_cm = EXCLUDED.height_cm, width_cm = EXCLUDED.width_cm,
    is_inferred = false, source_object_id = EXCLUDED.source_object_id, updated_at = now()
WHERE (d.category_name, d.category_name_english, d.name_length, d.description_length, d.photos_qty, d.weight_g,
       d.length_cm, d.height_cm, d.width_cm, d.is_inferred)
      IS DISTINCT FROM (EXCLUDED.category_name, EXCLUDED.category_name_english, EXCLUDED.name_length,
       EXCLUDED.description_length, EXCLUDED.photos_qty, EXCLUDED.weight_g, EXCLUDED.length_cm, EXCLUDED.height_cm,
       EXCLUDED.width_cm, false);
