output "lake_uri" {
  description = "OZERO_LAKE_URI for today's single-root lake (see README: zone split)."
  value       = "s3a://${yandex_storage_bucket.restricted.bucket}"
}

output "buckets" {
  description = "Buckets by sensitivity."
  value = {
    restricted = yandex_storage_bucket.restricted.bucket
    lake       = yandex_storage_bucket.lake.bucket
    releases   = yandex_storage_bucket.releases.bucket
  }
}

output "s3_endpoint" {
  description = "OZERO_S3_ENDPOINT."
  value       = "https://storage.yandexcloud.net"
}

output "pipeline_service_account_id" {
  value = yandex_iam_service_account.pipeline.id
}

output "pipeline_access_key_id" {
  description = "AWS_ACCESS_KEY_ID for the pipeline."
  value       = yandex_iam_service_account_static_access_key.pipeline.access_key
}

output "pipeline_secret_access_key" {
  description = "AWS_SECRET_ACCESS_KEY for the pipeline; store it in your secret manager."
  value       = yandex_iam_service_account_static_access_key.pipeline.secret_key
  sensitive   = true
}

output "pseudonym_key_secret_id" {
  description = "Lockbox secret to put the pseudonymisation key file into."
  value       = yandex_lockbox_secret.pseudonym_key.id
}
