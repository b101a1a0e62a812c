namespace Lakehouse.Core.Warehouse;

/// <summary>
/// The set-based merge of each dataset from its staging table (<c>stg</c>, the silver rows of one object) into the
/// star schema. <c>$1</c> is the catalog object id. Every statement is idempotent: re-loading the same object changes
/// no row (updates only happen WHERE the values differ), and rows this object loaded before but no longer holds are
/// removed. Rows are inserted in key order to keep lock order stable between concurrent loads.
/// </summary>
public static class MergeStatements
{
    /// <summary>Customers: SCD type 1 upsert into dim_customer; completes inferred members.</summary>
    public const string Customers = """
        INSERT INTO dw.dim_customer AS d (customer_id, customer_unique_id, zip_code_prefix, city, state, is_inferred, source_object_id)
        SELECT customer_id, customer_unique_id, customer_zip_code_prefix, customer_city, customer_state, false, $1
        FROM stg ORDER BY customer_id
        ON CONFLICT (customer_id) DO UPDATE SET
            customer_unique_id = EXCLUDED.customer_unique_id, zip_code_prefix = EXCLUDED.zip_code_prefix,
            city = EXCLUDED.city, state = EXCLUDED.state, is_inferred = false,
            source_object_id = EXCLUDED.source_object_id, updated_at = now()
        WHERE (d.customer_unique_id, d.zip_code_prefix, d.city, d.state, d.is_inferred)
              IS DISTINCT FROM (EXCLUDED.customer_unique_id, EXCLUDED.zip_code_prefix, EXCLUDED.city, EXCLUDED.state, false);
        """;

    /// <summary>Orders: inferred customers, the fact_order snapshot, then the order items waiting for this order.</summary>
    public const string Orders = """
        INSERT INTO dw.dim_customer (customer_id, is_inferred, source_object_id)
        SELECT DISTINCT customer_id, true, $1 FROM stg ORDER BY customer_id
        ON CONFLICT (customer_id) DO NOTHING;

        DELETE FROM dw.fact_order f
        WHERE f.source_object_id = $1 AND NOT EXISTS (SELECT 1 FROM stg s WHERE s.order_id = f.order_id);

        INSERT INTO dw.fact_order AS f (order_id, customer_key, order_status, purchase_date_key, approved_date_key,
            delivered_carrier_date_key, delivered_customer_date_key, estimated_delivery_date_key, purchase_at, approved_at,
            delivered_carrier_at, delivered_customer_at, estimated_delivery_at, delivery_delay_days, source_object_id)
        SELECT s.order_id, c.customer_key, s.order_status, dw.date_key(s.order_purchase_timestamp), dw.date_key(s.order_approved_at),
            dw.date_key(s.order_delivered_carrier_date), dw.date_key(s.order_delivered_customer_date),
            dw.date_key(s.order_estimated_delivery_date), s.order_purchase_timestamp, s.order_approved_at,
            s.order_delivered_carrier_date, s.order_delivered_customer_date, s.order_estimated_delivery_date,
            (s.order_delivered_customer_date AT TIME ZONE 'America/Sao_Paulo')::date
                - (s.order_estimated_delivery_date AT TIME ZONE 'America/Sao_Paulo')::date,
            $1
        FROM stg s JOIN dw.dim_customer c ON c.customer_id = s.customer_id
        ORDER BY s.order_id
        ON CONFLICT (order_id) DO UPDATE SET
            customer_key = EXCLUDED.customer_key, order_status = EXCLUDED.order_status,
            purchase_date_key = EXCLUDED.purchase_date_key, approved_date_key = EXCLUDED.approved_date_key,
            delivered_carrier_date_key = EXCLUDED.delivered_carrier_date_key,
            delivered_customer_date_key = EXCLUDED.delivered_customer_date_key,
            estimated_delivery_date_key = EXCLUDED.estimated_delivery_date_key, purchase_at = EXCLUDED.purchase_at,
            approved_at = EXCLUDED.approved_at, delivered_carrier_at = EXCLUDED.delivered_carrier_at,
            delivered_customer_at = EXCLUDED.delivered_customer_at, estimated_delivery_at = EXCLUDED.estimated_delivery_at,
            delivery_delay_days = EXCLUDED.delivery_delay_days, source_object_id = EXCLUDED.source_object_id, loaded_at = now()
        WHERE (f.customer_key, f.order_status, f.purchase_at, f.approved_at, f.delivered_carrier_at, f.delivered_customer_at,
               f.estimated_delivery_at, f.source_object_id)
              IS DISTINCT FROM (EXCLUDED.customer_key, EXCLUDED.order_status, EXCLUDED.purchase_at, EXCLUDED.approved_at,
               EXCLUDED.delivered_carrier_at, EXCLUDED.delivered_customer_at, EXCLUDED.estimated_delivery_at, EXCLUDED.source_object_id);

        UPDATE dw.fact_order_item i SET customer_key = o.customer_key, purchase_date_key = o.purchase_date_key
        FROM dw.fact_order o
        WHERE o.order_id = i.order_id AND o.source_object_id = $1
          AND (i.customer_key, i.purchase_date_key) IS DISTINCT FROM (o.customer_key, o.purchase_date_key);
        """;

    /// <summary>Order items: inferred products and sellers, then the fact rows (order attributes when known).</summary>
    public const string OrderItems = """
        INSERT INTO dw.dim_product (product_id, is_inferred, source_object_id)
        SELECT DISTINCT product_id, true, $1 FROM stg ORDER BY product_id
        ON CONFLICT (product_id) DO NOTHING;

        INSERT INTO dw.dim_seller (seller_id, is_inferred, source_object_id)
        SELECT DISTINCT seller_id, true, $1 FROM stg ORDER BY seller_id
        ON CONFLICT (seller_id) DO NOTHING;

        DELETE FROM dw.fact_order_item f
        WHERE f.source_object_id = $1
          AND NOT EXISTS (SELECT 1 FROM stg s WHERE s.order_id = f.order_id AND s.order_item_id = f.order_item_id);

        INSERT INTO dw.fact_order_item AS f (order_id, order_item_id, customer_key, product_key, seller_key, purchase_date_key,
            shipping_limit_date_key, shipping_limit_at, price, freight_value, source_object_id)
        SELECT s.order_id, s.order_item_id, coalesce(o.customer_key, -1), p.product_key, se.seller_key,
            coalesce(o.purchase_date_key, -1), dw.date_key(s.shipping_limit_date), s.shipping_limit_date, s.price,
            s.freight_value, $1
        FROM stg s
        JOIN dw.dim_product p ON p.product_id = s.product_id
        JOIN dw.dim_seller se ON se.seller_id = s.seller_id
        LEFT JOIN dw.fact_order o ON o.order_id = s.order_id
        ORDER BY s.order_id, s.order_item_id
        ON CONFLICT (order_id, order_item_id) DO UPDATE SET
            customer_key = EXCLUDED.customer_key, product_key = EXCLUDED.product_key, seller_key = EXCLUDED.seller_key,
            purchase_date_key = EXCLUDED.purchase_date_key, shipping_limit_date_key = EXCLUDED.shipping_limit_date_key,
            shipping_limit_at = EXCLUDED.shipping_limit_at, price = EXCLUDED.price, freight_value = EXCLUDED.freight_value,
            source_object_id = EXCLUDED.source_object_id, loaded_at = now()
        WHERE (f.customer_key, f.product_key, f.seller_key, f.purchase_date_key, f.shipping_limit_at, f.price, f.freight_value, f.source_object_id)
              IS DISTINCT FROM (EXCLUDED.customer_key, EXCLUDED.product_key, EXCLUDED.seller_key, EXCLUDED.purchase_date_key,
               EXCLUDED.shipping_limit_at, EXCLUDED.price, EXCLUDED.freight_value, EXCLUDED.source_object_id);
        """;

    /// <summary>The merge of a dataset, or null when the dataset has no warehouse target.</summary>
    public static string? For(string dataset) => dataset switch
    {
        "customers" => Customers,
        "orders" => Orders,
        "order_items" => OrderItems,
        _ => null,
    };
}
