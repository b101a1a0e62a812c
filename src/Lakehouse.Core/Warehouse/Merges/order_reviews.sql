-- Reviews: one fact row per (review, order), customer from the order when known. Text columns are already scrubbed.
DELETE FROM dw.fact_review f
WHERE f.source_object_id = $1
  AND NOT EXISTS (SELECT 1 FROM stg s WHERE s.review_id = f.review_id AND s.order_id = f.order_id);

INSERT INTO dw.fact_review AS f (review_id, order_id, customer_key, review_score, comment_title, comment_message,
    creation_date_key, answer_date_key, created_at, answered_at, source_object_id)
SELECT s.review_id, s.order_id, coalesce(o.customer_key, -1), s.review_score, s.review_comment_title, s.review_comment_message,
    s.review_creation_date__date_key, s.review_answer_timestamp__date_key, s.review_creation_date,
    s.review_answer_timestamp, $1
FROM stg s LEFT JOIN dw.fact_order o ON o.order_id = s.order_id
ORDER BY s.review_id, s.order_id
ON CONFLICT (review_id, order_id) DO UPDATE SET
    customer_key = EXCLUDED.customer_key, review_score = EXCLUDED.review_score, comment_title = EXCLUDED.comment_title,
    comment_message = EXCLUDED.comment_message, creation_date_key = EXCLUDED.creation_date_key,
    answer_date_key = EXCLUDED.answer_date_key, created_at = EXCLUDED.created_at, answered_at = EXCLUDED.answered_at,
    source_object_id = EXCLUDED.source_object_id, loaded_at = now()
WHERE (f.customer_key, f.review_score, f.comment_title, f.comment_message, f.created_at, f.answered_at, f.source_object_id)
      IS DISTINCT FROM (EXCLUDED.customer_key, EXCLUDED.review_score, EXCLUDED.comment_title, EXCLUDED.comment_message,
       EXCLUDED.created_at, EXCLUDED.answered_at, EXCLUDED.source_object_id);
