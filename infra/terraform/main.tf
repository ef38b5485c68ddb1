# Ozero on Yandex Cloud: object storage for the lake, a pipeline identity, and the
# pseudonymisation key's home. A starting point, not a finished platform: see README.md.

terraform {
  required_version = ">= 1.5"

  required_providers {
    yandex = {
      source  = "yandex-cloud/yandex"
      version = ">= 0.120"
    }
  }
}

provider "yandex" {
  cloud_id  = var.cloud_id
  folder_id = var.folder_id
  zone      = var.zone
}

locals {
  # PHI lives in bronze and quarantine; silver, gold and ops are pseudonymous or counts only.
  restricted_bucket = "${var.prefix}-lake-restricted"
  lake_bucket       = "${var.prefix}-lake"
  releases_bucket   = "${var.prefix}-releases"
}

# --- identities ---------------------------------------------------------------------------

# Runs Spark jobs and Airflow tasks; the only identity that can read bronze and quarantine.
resource "yandex_iam_service_account" "pipeline" {
  folder_id   = var.folder_id
  name        = "${var.prefix}-pipeline"
  description = "Ozero pipeline: ingest, curate, publish releases"
}

# Creates and configures the buckets below (Terraform's own S3 credentials), nothing else.
resource "yandex_iam_service_account" "storage_admin" {
  folder_id   = var.folder_id
  name        = "${var.prefix}-storage-admin"
  description = "Terraform bucket management for Ozero"
}

resource "yandex_resourcemanager_folder_iam_member" "storage_admin" {
  folder_id = var.folder_id
  role      = "storage.admin"
  member    = "serviceAccount:${yandex_iam_service_account.storage_admin.id}"
}

resource "yandex_iam_service_account_static_access_key" "storage_admin" {
  service_account_id = yandex_iam_service_account.storage_admin.id
  description        = "Terraform: manage Ozero buckets"
}

# The pipeline's S3 credentials (AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY for S3A and boto3).
resource "yandex_iam_service_account_static_access_key" "pipeline" {
  service_account_id = yandex_iam_service_account.pipeline.id
  description        = "Ozero pipeline S3 access"
}

# Bucket access is granted by bucket policies below, not by a folder-wide storage role, so
# the pipeline key cannot reach other buckets in the folder.
resource "yandex_resourcemanager_folder_iam_member" "pipeline_kms" {
  folder_id = var.folder_id
  role      = "kms.keys.encrypterDecrypter"
  member    = "serviceAccount:${yandex_iam_service_account.pipeline.id}"
}

# --- encryption ---------------------------------------------------------------------------

resource "yandex_kms_symmetric_key" "lake" {
  folder_id         = var.folder_id
  name              = "${var.prefix}-lake"
  description       = "Server-side encryption of Ozero buckets and the Lockbox secret"
  default_algorithm = "AES_256"
  rotation_period   = "8760h"
}

# --- buckets ------------------------------------------------------------------------------

# bronze/ and quarantine/: payloads as received, with direct identifiers. Pipeline only.
resource "yandex_storage_bucket" "restricted" {
  access_key = yandex_iam_service_account_static_access_key.storage_admin.access_key
  secret_key = yandex_iam_service_account_static_access_key.storage_admin.secret_key
  bucket     = local.restricted_bucket
  max_size   = local.bucket_max_size_bytes["restricted"] # capacity.tf

  versioning {
    enabled = true
  }

  server_side_encryption_configuration {
    rule {
      apply_server_side_encryption_by_default {
        kms_master_key_id = yandex_kms_symmetric_key.lake.id
        sse_algorithm     = "aws:kms"
      }
    }
  }

  # Delta rewrites leave old object versions behind; do not keep PHI longer than needed.
  lifecycle_rule {
    id      = "expire-noncurrent"
    enabled = true

    noncurrent_version_expiration {
      days = 30
    }
  }

  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Sid       = "pipeline-only"
        Effect    = "Allow"
        Principal = { AWS = [yandex_iam_service_account.pipeline.id] }
        Action    = ["s3:*"]
        Resource  = ["arn:aws:s3:::${local.restricted_bucket}", "arn:aws:s3:::${local.restricted_bucket}/*"]
      },
      {
        Sid       = "terraform-admin"
        Effect    = "Allow"
        Principal = { AWS = [yandex_iam_service_account.storage_admin.id] }
        Action    = ["s3:*"]
        Resource  = ["arn:aws:s3:::${local.restricted_bucket}", "arn:aws:s3:::${local.restricted_bucket}/*"]
      },
    ]
  })

  depends_on = [yandex_resourcemanager_folder_iam_member.storage_admin]
}

# silver/, gold/, ops/, candidates/: pseudonymous tables; curators read, pipeline writes.
resource "yandex_storage_bucket" "lake" {
  access_key = yandex_iam_service_account_static_access_key.storage_admin.access_key
  secret_key = yandex_iam_service_account_static_access_key.storage_admin.secret_key
  bucket     = local.lake_bucket
  max_size   = local.bucket_max_size_bytes["lake"] # capacity.tf

  versioning {
    enabled = true
  }

  server_side_encryption_configuration {
    rule {
      apply_server_side_encryption_by_default {
        kms_master_key_id = yandex_kms_symmetric_key.lake.id
        sse_algorithm     = "aws:kms"
      }
    }
  }

  lifecycle_rule {
    id      = "expire-noncurrent"
    enabled = true

    noncurrent_version_expiration {
      days = 30
    }
  }

  policy = jsonencode({
    Version = "2012-10-17"
    Statement = concat(
      [
        {
          Sid       = "pipeline"
          Effect    = "Allow"
          Principal = { AWS = [yandex_iam_service_account.pipeline.id] }
          Action    = ["s3:*"]
          Resource  = ["arn:aws:s3:::${local.lake_bucket}", "arn:aws:s3:::${local.lake_bucket}/*"]
        },
        {
          Sid       = "terraform-admin"
          Effect    = "Allow"
          Principal = { AWS = [yandex_iam_service_account.storage_admin.id] }
          Action    = ["s3:*"]
          Resource  = ["arn:aws:s3:::${local.lake_bucket}", "arn:aws:s3:::${local.lake_bucket}/*"]
        },
      ],
      length(var.curator_ids) == 0 ? [] : [
        {
          Sid       = "curators-read"
          Effect    = "Allow"
          Principal = { AWS = var.curator_ids }
          Action    = ["s3:GetObject", "s3:ListBucket"]
          Resource  = ["arn:aws:s3:::${local.lake_bucket}", "arn:aws:s3:::${local.lake_bucket}/*"]
        },
      ],
    )
  })

  depends_on = [yandex_resourcemanager_folder_iam_member.storage_admin]
}

# releases/: approved snapshots. Versioned and object-locked (WORM): a published release
# cannot be overwritten or deleted until its retention ends.
resource "yandex_storage_bucket" "releases" {
  access_key = yandex_iam_service_account_static_access_key.storage_admin.access_key
  secret_key = yandex_iam_service_account_static_access_key.storage_admin.secret_key
  bucket     = local.releases_bucket
  max_size   = local.bucket_max_size_bytes["releases"] # capacity.tf

  versioning {
    enabled = true
  }

  object_lock_configuration {
    object_lock_enabled = "Enabled"

    rule {
      default_retention {
        mode  = var.release_lock_mode
        years = var.release_retention_years
      }
    }
  }

  server_side_encryption_configuration {
    rule {
      apply_server_side_encryption_by_default {
        kms_master_key_id = yandex_kms_symmetric_key.lake.id
        sse_algorithm     = "aws:kms"
      }
    }
  }

  policy = jsonencode({
    Version = "2012-10-17"
    Statement = concat(
      [
        {
          Sid       = "pipeline-publish"
          Effect    = "Allow"
          Principal = { AWS = [yandex_iam_service_account.pipeline.id] }
          Action    = ["s3:GetObject", "s3:PutObject", "s3:ListBucket"]
          Resource  = ["arn:aws:s3:::${local.releases_bucket}", "arn:aws:s3:::${local.releases_bucket}/*"]
        },
        {
          Sid       = "terraform-admin"
          Effect    = "Allow"
          Principal = { AWS = [yandex_iam_service_account.storage_admin.id] }
          Action    = ["s3:*"]
          Resource  = ["arn:aws:s3:::${local.releases_bucket}", "arn:aws:s3:::${local.releases_bucket}/*"]
        },
      ],
      length(concat(var.curator_ids, var.analyst_ids)) == 0 ? [] : [
        {
          Sid       = "readers"
          Effect    = "Allow"
          Principal = { AWS = concat(var.curator_ids, var.analyst_ids) }
          Action    = ["s3:GetObject", "s3:ListBucket"]
          Resource  = ["arn:aws:s3:::${local.releases_bucket}", "arn:aws:s3:::${local.releases_bucket}/*"]
        },
      ],
      local.grant_statements, # access.tf: one team's grants, its release prefixes only
    )
  })

  depends_on = [yandex_resourcemanager_folder_iam_member.storage_admin]
}

# --- the pseudonymisation key ---------------------------------------------------------------

# Only the container: the value is added out of band (see README.md), so the key never
# enters Terraform state, where anyone with state access could read it.
resource "yandex_lockbox_secret" "pseudonym_key" {
  folder_id           = var.folder_id
  name                = "${var.prefix}-pseudonym-key"
  description         = "Ozero HMAC key behind every pseudonym and date shift (JSON key file)"
  kms_key_id          = yandex_kms_symmetric_key.lake.id
  deletion_protection = true
}

# Folder-wide for simplicity; narrow to this secret with yandex_lockbox_secret_iam_binding
# once the folder holds other secrets.
resource "yandex_resourcemanager_folder_iam_member" "pipeline_lockbox" {
  folder_id = var.folder_id
  role      = "lockbox.payloadViewer"
  member    = "serviceAccount:${yandex_iam_service_account.pipeline.id}"
}
