# --- grants → bucket-policy statements on the releases bucket --------------------------------
#
# Ozero's loaders check grants in-process (docs/access.md); these statements enforce the same
# grants for any S3 client. The grants come from the lake, never typed by hand:
#
#   .venv/bin/ozero access tfvars > infra/terraform/access.auto.tfvars.json
#   terraform apply -var 'team_account_ids={"ml-lab":["aje…"]}'
#
# A statement ends by itself at the grant's end (`aws:CurrentTime`); a revocation or a new
# grant reaches the bucket on the next apply (run both after every `ozero access` change).

variable "release_grants" {
  description = "Active grants from `ozero access tfvars`: team, dataset, versions ([] = all), expires (RFC 3339)."
  type = list(object({
    team     = string
    dataset  = string
    versions = list(string)
    expires  = string
  }))
  default = []
}

variable "team_account_ids" {
  description = "Team name → Yandex service account IDs that read releases for that team."
  type        = map(list(string))
  default     = {}
}

variable "releases_key_prefix" {
  description = "Key prefix of the releases zone inside the releases bucket (\"\" when OZERO_ZONE_ROOTS=releases=s3a://<bucket>)."
  type        = string
  default     = ""
}

locals {
  releases_arn = "arn:aws:s3:::${local.releases_bucket}/${var.releases_key_prefix}"

  # Per grant whose team has accounts: GET below the dataset's (or each granted version's)
  # prefix, and LIST of the dataset's prefix (the loaders find the latest version by listing),
  # until the grant ends. A grant for a team without accounts maps to nothing.
  grant_statements = flatten([
    for i, g in var.release_grants : [
      {
        Sid       = "grant${i}get"
        Effect    = "Allow"
        Principal = { AWS = var.team_account_ids[g.team] }
        Action    = ["s3:GetObject"]
        Resource = length(g.versions) == 0 ? ["${local.releases_arn}${g.dataset}/*"] : [
          for v in g.versions : "${local.releases_arn}${g.dataset}/${v}/*"
        ]
        Condition = { DateLessThan = { "aws:CurrentTime" = g.expires } }
      },
      {
        Sid       = "grant${i}list"
        Effect    = "Allow"
        Principal = { AWS = var.team_account_ids[g.team] }
        Action    = ["s3:ListBucket"]
        Resource  = ["arn:aws:s3:::${local.releases_bucket}"]
        Condition = {
          DateLessThan = { "aws:CurrentTime" = g.expires }
          StringLike   = { "s3:prefix" = ["${var.releases_key_prefix}${g.dataset}/*"] }
        }
      },
    ] if length(lookup(var.team_account_ids, g.team, [])) > 0
  ])
}
