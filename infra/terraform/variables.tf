variable "cloud_id" {
  description = "Yandex Cloud cloud ID."
  type        = string
}

variable "folder_id" {
  description = "Folder that holds the lake's buckets, service accounts, keys and secrets."
  type        = string
}

variable "zone" {
  description = "Default availability zone."
  type        = string
  default     = "ru-central1-a"
}

variable "prefix" {
  description = "Name prefix; bucket names are global, so make it unique (e.g. org + env)."
  type        = string
  default     = "ozero-prod"
}

variable "curator_ids" {
  description = "Yandex user or service account IDs (e.g. \"ajeXXXX\") who read silver, gold and releases."
  type        = list(string)
  default     = []
}

variable "analyst_ids" {
  description = "Yandex user or service account IDs who read published releases only."
  type        = list(string)
  default     = []
}

variable "release_retention_years" {
  description = "Object lock (WORM) retention of published releases, in years."
  type        = number
  default     = 5
}

variable "release_lock_mode" {
  description = "GOVERNANCE (a storage admin can lift it) or COMPLIANCE (nobody can, until retention ends)."
  type        = string
  default     = "GOVERNANCE"

  validation {
    condition     = contains(["GOVERNANCE", "COMPLIANCE"], var.release_lock_mode)
    error_message = "release_lock_mode must be GOVERNANCE or COMPLIANCE."
  }
}
